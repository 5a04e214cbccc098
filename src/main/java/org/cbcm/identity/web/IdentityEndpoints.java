package org.cbcm.identity.web;

import java.util.List;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Role;

import org.springframework.stereotype.Component;

/** The identity module's pages and API, and who may call them. */
@Component
class IdentityEndpoints implements EndpointDeclarations {

	@Override
	public List<Endpoint> endpoints() {
		return List.of(Endpoint.get("/login", Access.anyone()), Endpoint.post("/login", Access.anyone()),
				Endpoint.post("/logout", Access.anyone()), Endpoint.get("/invitations/{secret}", Access.anyone()),
				Endpoint.post("/invitations/{secret}", Access.anyone()),
				Endpoint.get("/password-reset", Access.anyone()), Endpoint.post("/password-reset", Access.anyone()),
				Endpoint.get("/password-reset/{secret}", Access.anyone()),
				Endpoint.post("/password-reset/{secret}", Access.anyone()), Endpoint.get("/account", Access.signedIn()),
				Endpoint.post("/account/profile", Access.signedIn()),
				Endpoint.post("/account/notices", Access.signedIn()),
				Endpoint.post("/account/password", Access.signedIn()),
				Endpoint.post("/account/tokens", Access.signedIn()),
				Endpoint.post("/account/tokens/{id}/revoke", Access.signedIn()),
				Endpoint.get("/countries/{code}/users", Access.country("code", Role.NATIONAL_FOCAL_POINT)),
				Endpoint.post("/countries/{code}/users", Access.country("code", Role.NATIONAL_FOCAL_POINT)),
				Endpoint.post("/countries/{code}/users/{id}/revoke", Access.country("code", Role.NATIONAL_FOCAL_POINT)),
				Endpoint.get("/admin/users", Access.secretariat()),
				Endpoint.get("/admin/users/new", Access.secretariat()),
				Endpoint.post("/admin/users", Access.secretariat()),
				Endpoint.get("/admin/users/{id}", Access.secretariat()),
				Endpoint.post("/admin/users/{id}/grants", Access.secretariat()),
				Endpoint.post("/admin/users/{id}/grants/revoke", Access.secretariat()),
				Endpoint.post("/admin/users/{id}/enabled", Access.secretariat()),
				Endpoint.post("/admin/users/{id}/invitation", Access.secretariat()),
				Endpoint.get("/admin/audit", Access.secretariat()), Endpoint.get("/api/v1/users", Access.secretariat()),
				Endpoint.post("/api/v1/users", Access.secretariat()),
				Endpoint.get("/api/v1/users/{id}", Access.secretariat()), Endpoint.get("/api/v1/me", Access.signedIn()),
				Endpoint.post(Endpoint.FIRST_TOKEN, Access.signedIn()));
	}

}
