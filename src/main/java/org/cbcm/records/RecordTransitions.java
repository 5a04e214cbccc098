package org.cbcm.records;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cbcm.shared.Access;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.Role;
import org.cbcm.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a kind of record's pages and API take a workflow step: one handler per kind
 * at {@code .../{transition}}, whose steps are named in paths as {@link #STEPS}, declared
 * once from the kind's workflow by {@link #endpoints}.
 */
public final class RecordTransitions {

	/** The steps as paths name them, for a handler's path pattern. */
	public static final String STEPS = "submit|publish|return|archive|reopen|confirm";

	private RecordTransitions() {
	}

	/** A workflow step sent to the API, based on the version the person read. */
	public record TransitionRequest(@Nullable Integer version, @Nullable String reason) {

		/** The version the step is based on; refused when missing. */
		public int basedOn() {
			return RecordConflicts.basedOn(version);
		}

	}

	/**
	 * A step taken from a page: the record's page again, telling what was done, or that
	 * somebody changed the record meanwhile and nothing was done.
	 * @param transition the step
	 * @param path the record's page
	 * @param prefix the kind's message prefix ({@code profile}:
	 * {@code profile.moved.PUBLISH})
	 * @param move the step
	 * @return the redirect to the record's page
	 */
	public static String page(Transition transition, String path, String prefix, RedirectAttributes redirect,
			Runnable move) {
		try {
			move.run();
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("warning", prefix + ".changed-meanwhile");
			return "redirect:" + path;
		}
		redirect.addFlashAttribute("notice", prefix + ".moved." + transition.name());
		return "redirect:" + path;
	}

	/**
	 * A step taken through the API: the record as it now is, or 409 with it when somebody
	 * changed it meanwhile.
	 */
	public static ResponseEntity<?> api(Runnable move, Supplier<?> current, MessageSource messages) {
		return RecordConflicts.answer(move, current, messages);
	}

	/**
	 * The endpoints of a kind's steps, one per transition, each open to the roles the
	 * kinds allow to take it (the Secretariat only where none may).
	 * @param pattern the path with {@code {transition}}, such as
	 * {@code /initiatives/{id}/{transition}}
	 * @param access the rule for the roles, such as
	 * {@code roles -> Access.country("code",
	 * roles)}
	 * @param kinds the kinds of record the path may name
	 */
	public static List<Endpoint> endpoints(String pattern, Function<Role[], Access> access, RecordKind... kinds) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Transition transition : Transition.values()) {
			Set<Role> roles = new LinkedHashSet<>();
			Arrays.stream(kinds).forEach(kind -> roles.addAll(kind.allowedFor(transition)));
			Access rule = roles.isEmpty() ? Access.secretariat() : access.apply(roles.toArray(Role[]::new));
			endpoints.add(Endpoint.post(pattern.replace("{transition}", name(transition)), rule));
		}
		return endpoints;
	}

	/** The step's name in paths: {@code publish}. */
	public static String name(Transition transition) {
		return transition.name().toLowerCase(Locale.ROOT);
	}

	/** Reads a step's name in a path ({@code publish}) as the step. */
	@Component
	static class Names implements Converter<String, Transition> {

		@Override
		public Transition convert(String source) {
			return Transition.valueOf(source.toUpperCase(Locale.ROOT));
		}

	}

}
