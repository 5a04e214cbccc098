package org.cbcm.web.internal;

import java.util.List;
import java.util.Locale;

import org.cbcm.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages the API's problem types name ({@link ProblemTypes}): one per type, saying
 * what the failure means, what a client should do, and what such a problem looks like;
 * and the list of them all. Public, in every interface language, readable without
 * JavaScript; linked from the API description and its guide, not from the menu.
 */
@Controller
class ProblemPages {

	private final ProblemTypes types;

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemPages(ProblemTypes types, MessageSource messages, JsonMapper json) {
		this.types = types;
		this.messages = messages;
		this.json = json;
	}

	/** One type as its page and the list show it, in the reader's language. */
	record TypePage(String slug, int status, String uri, String title, String summary, String meaning, String action) {
	}

	@GetMapping(ProblemTypes.PATH)
	String index(Model model, Locale locale) {
		List<TypePage> rows = types.all().stream().map(type -> page(type, locale)).toList();
		model.addAttribute("types", rows);
		model.addAttribute("index", types.index().toString());
		return "problems/index";
	}

	@GetMapping(ProblemTypes.PATH + "/{name}")
	String type(@PathVariable String name, Model model, Locale locale) {
		ProblemType type = ProblemType.named(name)
			.orElseThrow(() -> new NotFoundException("problems.unknown", StringUtils.truncate(name, 40)));
		model.addAttribute("type", page(type, locale));
		model.addAttribute("example",
				json.writerWithDefaultPrettyPrinter().writeValueAsString(types.example(type, locale)));
		return "problems/type";
	}

	private TypePage page(ProblemType type, Locale locale) {
		String prefix = "problems." + type.slug() + ".";
		return new TypePage(type.slug(), type.status(), types.uri(type).toString(), text(prefix + "title", locale),
				text(prefix + "summary", locale), text(prefix + "meaning", locale), text(prefix + "action", locale));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
