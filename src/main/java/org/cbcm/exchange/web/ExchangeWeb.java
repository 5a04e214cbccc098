package org.cbcm.exchange.web;

import java.util.List;
import java.util.Set;

import org.cbcm.exchange.internal.IatiImports;
import org.cbcm.exchange.internal.ImportId;
import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.EndpointDeclarations;
import org.cbcm.shared.Viewer;
import org.cbcm.web.Navigation;
import org.cbcm.web.NavigationLink;
import org.cbcm.web.PathIdentifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exchange's place in the frame: its addresses (the imports', all the Secretariat's;
 * the exports' and codelists', public); the link to the imports in the menu, for the
 * Secretariat; and how an import's identifier is read from an address.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeWeb {

	/**
	 * The largest upload: a file of the most an import takes, with its form around it.
	 */
	static final long UPLOAD_BODY = IatiImports.MAX_FILE + 1024 * 1024;

	@Bean
	PathIdentifier<ImportId> importIds() {
		return new PathIdentifier<>(ImportId.class, ImportId::isValid, ImportId::of, "exchange.import.not-found");
	}

	@Bean
	EndpointDeclarations exchangeEndpoints() {
		return () -> List.of(Endpoint.get("/exchange/imports", Access.secretariat()),
				new Endpoint(Set.of("POST"), "/exchange/imports", Access.secretariat(), UPLOAD_BODY),
				Endpoint.get("/exchange/imports/{id}", Access.secretariat()),
				Endpoint.get("/exchange/imports/template", Access.secretariat()),
				Endpoint.post("/exchange/imports/folder", Access.secretariat()),
				Endpoint.get("/exchange/imports/{id}/progress", Access.secretariat()),
				Endpoint.post("/exchange/imports/{id}/columns", Access.secretariat()),
				Endpoint.post("/exchange/imports/{id}/selection", Access.secretariat()),
				Endpoint.post("/exchange/imports/{id}/choices", Access.secretariat()),
				Endpoint.post("/exchange/imports/{id}/accept", Access.secretariat()),
				Endpoint.post("/exchange/imports/{id}/run", Access.secretariat()),
				Endpoint.post("/exchange/imports/{id}/cancel", Access.secretariat()),
				Endpoint.post("/exchange/imports/{id}/delete", Access.secretariat()),
				// The IATI exports and cbcm's codelists: only published initiatives go
				// out,
				// and they are public; the codelists are public reference.
				Endpoint.get("/initiatives/download.iati.xml", Access.anyone()),
				Endpoint.get("/initiatives/{id}.iati.xml", Access.anyone()),
				Endpoint.get("/api/v1/initiatives.iati.xml", Access.anyone()),
				Endpoint.get("/api/v1/initiatives/{id}.iati.xml", Access.anyone()),
				Endpoint.get(Codelists.KEY_ELEMENTS, Access.anyone()));
	}

	@Bean
	Navigation importNavigation() {
		return (Viewer viewer) -> viewer.isSecretariat()
				? List.of(new NavigationLink("nav.imports", "/exchange/imports", 96)) : List.of();
	}

}
