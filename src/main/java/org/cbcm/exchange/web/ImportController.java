package org.cbcm.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.exchange.internal.FolderImports;
import org.cbcm.exchange.internal.IatiImports;
import org.cbcm.exchange.internal.ImportId;
import org.cbcm.exchange.internal.Imports;
import org.cbcm.exchange.internal.Imports.Stored;
import org.cbcm.exchange.internal.ImportSummary;
import org.cbcm.exchange.internal.iati.ActivitySelection;
import org.cbcm.exchange.internal.sheet.SheetColumns;
import org.cbcm.exchange.internal.sheet.SheetField;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.Viewer;
import org.cbcm.web.FormErrors;
import org.cbcm.web.Htmx;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's pages of IATI imports: the list with the upload form; an import's
 * page, which is its preview (what the file holds, the rule, the activities with their
 * key elements, the run form), its progress while it runs, and its report once run.
 */
@Controller
class ImportController {

	/** Activities a page of the preview lists. */
	static final int SHOWN = 25;

	private final IatiImports imports;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	private final FolderImports folders;

	ImportController(IatiImports imports, FolderImports folders, CurrentViewer viewers, MessageSource messages) {
		this.imports = imports;
		this.folders = folders;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/exchange/imports")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		return list(page, model, Map.of(), "en");
	}

	private String list(int page, Model model, Map<String, String> errors, String language) {
		model.addAttribute("imports", imports.list(new Paging(page, 20), viewers.get()));
		model.addAttribute("mappings", imports.mappings(viewers.get()));
		model.addAttribute("folderRoot", folders.root().toString());
		model.addAttribute("languages", IatiImports.LANGUAGES);
		model.addAttribute("language", language);
		model.addAttribute("maxMegabytes", IatiImports.MAX_FILE / (1024 * 1024));
		model.addAttribute("errors", errors);
		return "exchange/imports/list";
	}

	@PostMapping("/exchange/imports")
	String upload(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String mapping, Locale locale, Model model,
			HttpServletResponse response) {
		Viewer viewer = viewers.get();
		ImportId id;
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidRequestException("file", "exchange.file.empty");
			}
			try (InputStream in = file.getInputStream()) {
				id = new ImportId(imports.upload(file.getOriginalFilename(), in, language, mapping, viewer));
			}
		}
		catch (InvalidRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(0, model, FormErrors.of(ex, messages, locale), (language != null) ? language : "en");
		}
		catch (IOException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(0, model,
					Map.of("file",
							messages.getMessage("exchange.file.unreadable", new Object[] { ex.getMessage() }, locale)),
					"en");
		}
		return "redirect:/exchange/imports/" + id;
	}

	/**
	 * Reads the files of a folder on the server into imports, one per file, and lists
	 * what each gave.
	 */
	@PostMapping("/exchange/imports/folder")
	String folder(@RequestParam(required = false) @Nullable String folder,
			@RequestParam(required = false) @Nullable String language, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("folderOutcomes", folders.read(folder, language, viewers.get(), locale));
		}
		catch (InvalidRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("folderValue", (folder != null) ? folder : "");
			return list(0, model, FormErrors.of(ex, messages, locale), (language != null) ? language : "en");
		}
		return "redirect:/exchange/imports";
	}

	@GetMapping("/exchange/imports/{id}")
	String show(@PathVariable ImportId id, @RequestParam(defaultValue = "KEPT") String shown,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return show(id, shown(shown), page, model, Map.of(), null, null);
	}

	private String show(ImportId id, Imports.Shown shown, int page, Model model, Map<String, String> errors,
			@Nullable String rule, @Nullable String terms) {
		return show(id, shown, page, model, errors, rule, terms, null);
	}

	private String show(ImportId id, Imports.Shown shown, int page, Model model, Map<String, String> errors,
			@Nullable String rule, @Nullable String terms, @Nullable SheetColumns columns) {
		Viewer viewer = viewers.get();
		Stored stored = imports.get(id.value(), viewer);
		model.addAttribute("stored", stored);
		model.addAttribute("id", id);
		model.addAttribute("shown", shown);
		model.addAttribute("activities", imports.activities(id.value(), shown, new Paging(page, SHOWN), viewer));
		model.addAttribute("counts", imports.counts(id.value(), viewer));
		var elements = imports.elements();
		model.addAttribute("elements", elements);
		Map<String, String> titles = new java.util.HashMap<>();
		elements.forEach(item -> titles.put(item.code().value(), (item.title() != null) ? item.title() : ""));
		model.addAttribute("elementTitles", titles);
		model.addAttribute("kinds", ActivitySelection.Kind.values());
		model.addAttribute("rule", (rule != null) ? rule : stored.selection().kind().name());
		model.addAttribute("terms",
				(terms != null) ? terms : (stored.selection().terms() != null) ? stored.selection().terms() : "");
		model.addAttribute("errors", errors);
		if (stored.spreadsheet() && stored.summary().sheet() != null) {
			model.addAttribute("fields", SheetField.values());
			model.addAttribute("dateOrders", SheetColumns.DateOrder.values());
			SheetColumns shownColumns = (columns != null) ? columns : stored.columns();
			model.addAttribute("dateOrder",
					(shownColumns != null) ? shownColumns.dates() : SheetColumns.DateOrder.DAY_FIRST);
			Map<SheetField, ImportSummary.Column> mapped = mapped(stored, columns);
			model.addAttribute("mapped", mapped);
			SheetColumns chosen = (columns != null) ? columns : stored.columns();
			model.addAttribute("columnsMissing",
					!mapped.containsKey(SheetField.IDENTIFIER) || !mapped.containsKey(SheetField.TITLE)
							|| (!mapped.containsKey(SheetField.REPORTING_ORGANISATION)
									&& (chosen == null || chosen.reportingOrganisation() == null)));
		}
		return "exchange/imports/show";
	}

	/**
	 * The file's column each field is read from (those of the columns given, else the
	 * import's), with the first value below it, matched as a mapping matches headers.
	 */
	private static Map<SheetField, ImportSummary.Column> mapped(Stored stored, @Nullable SheetColumns given) {
		SheetColumns columns = (given != null) ? given : stored.columns();
		Map<SheetField, ImportSummary.Column> mapped = new java.util.EnumMap<>(SheetField.class);
		if (columns == null) {
			return mapped;
		}
		columns.columns()
			.forEach((field, header) -> stored.summary()
				.sheet()
				.columns()
				.stream()
				.filter(column -> SheetField.key(column.header()).equals(SheetField.key(header)))
				.findFirst()
				.ifPresent(column -> mapped.put(field, column)));
		return mapped;
	}

	/**
	 * Reads a spreadsheet import's file again with the columns the person chose (a
	 * parameter {@code column-FIELD} for each field, naming the column's header), and
	 * saves them under a name if one is given.
	 */
	@PostMapping("/exchange/imports/{id}/columns")
	String columns(@PathVariable ImportId id, @RequestParam(required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable String dates,
			@RequestParam(required = false) @Nullable String saveAs, HttpServletRequest request, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<SheetField, String> chosen = new java.util.EnumMap<>(SheetField.class);
		SheetColumns columns = null;
		try {
			for (SheetField field : SheetField.values()) {
				String header = request.getParameter("column-" + field.name());
				if (header != null && !header.isBlank()) {
					if (header.length() > 300 || header.chars().anyMatch(Character::isISOControl)) {
						throw new InvalidRequestException("column-" + field.name(), "exchange.sheet.column.unknown",
								header.substring(0, Math.min(header.length(), 60)));
					}
					chosen.put(field, header);
				}
			}
			columns = new SheetColumns(chosen, organisation, dateOrder(dates));
			imports.columns(id.value(), columns, saveAs, viewers.get());
		}
		catch (InvalidRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("organisationValue", (organisation != null) ? organisation : "");
			model.addAttribute("saveAsValue", (saveAs != null) ? saveAs : "");
			return show(id, Imports.Shown.KEPT, 0, model, FormErrors.of(ex, messages, locale), null, null, columns);
		}
		catch (ConflictException ex) {
			return busy(redirect, id);
		}
		redirect.addFlashAttribute("notice", "exchange.sheet.columns.applied");
		return "redirect:/exchange/imports/" + id + "#columns-title";
	}

	/** The progress of a run, for the page to poll while it runs. */
	@GetMapping("/exchange/imports/{id}/progress")
	String progress(@PathVariable ImportId id, Model model, HttpServletRequest request, HttpServletResponse response) {
		Stored stored = imports.get(id.value(), viewers.get());
		if (!Htmx.wantsFragment(request, response)) {
			return "redirect:/exchange/imports/" + id;
		}
		model.addAttribute("stored", stored);
		model.addAttribute("id", id);
		if (!stored.status().active()) {
			// The run is over: the whole page shows its report.
			response.setHeader("HX-Refresh", "true");
		}
		return "exchange/imports/show :: progress";
	}

	@PostMapping("/exchange/imports/{id}/selection")
	String select(@PathVariable ImportId id,
			@RequestParam(name = ActivitySelection.KIND_PARAMETER, required = false) @Nullable String rule,
			@RequestParam(name = ActivitySelection.TERMS_PARAMETER, required = false) @Nullable String terms,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			imports.select(id.value(), rule, terms, viewers.get());
		}
		catch (InvalidRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(id, Imports.Shown.KEPT, 0, model, FormErrors.of(ex, messages, locale),
					(rule != null) ? rule : "", (terms != null) ? terms : "");
		}
		catch (ConflictException ex) {
			return busy(redirect, id);
		}
		redirect.addFlashAttribute("notice", "exchange.selection.applied");
		return "redirect:/exchange/imports/" + id;
	}

	@PostMapping("/exchange/imports/{id}/choices")
	String choose(@PathVariable ImportId id, @RequestParam(required = false) @Nullable List<String> position,
			@RequestParam(required = false) @Nullable List<String> chosen,
			@RequestParam(defaultValue = "KEPT") String shown, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, RedirectAttributes redirect) {
		List<Integer> positions = positions(position, "position");
		Set<Integer> checked = new LinkedHashSet<>(positions(chosen, "chosen"));
		List<IatiImports.Choice> choices = new ArrayList<>();
		for (int at : positions) {
			Set<String> elements = new LinkedHashSet<>();
			String[] given = request.getParameterValues("elements-" + at);
			if (given != null) {
				if (given.length > 100) {
					throw new InvalidRequestException("elements", "exchange.element.too-many", 100);
				}
				elements.addAll(List.of(given));
			}
			String added = request.getParameter("add-" + at);
			if (added != null && !added.isBlank()) {
				elements.add(added.strip());
			}
			choices.add(new IatiImports.Choice(at, checked.contains(at), List.copyOf(elements)));
		}
		try {
			imports.choose(id.value(), choices, viewers.get());
		}
		catch (ConflictException ex) {
			return busy(redirect, id);
		}
		redirect.addFlashAttribute("notice", "exchange.choices.saved");
		return "redirect:/exchange/imports/" + id + "?shown=" + shown(shown).name() + "&page=" + Math.max(0, page)
				+ "#activities";
	}

	@PostMapping("/exchange/imports/{id}/accept")
	String accept(@PathVariable ImportId id, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("acceptedCount", imports.acceptProposals(id.value(), viewers.get()));
		}
		catch (ConflictException ex) {
			return busy(redirect, id);
		}
		redirect.addFlashAttribute("notice", "exchange.proposals.accepted");
		return "redirect:/exchange/imports/" + id;
	}

	@PostMapping("/exchange/imports/{id}/run")
	String run(@PathVariable ImportId id, @RequestParam(defaultValue = "false") boolean publish,
			RedirectAttributes redirect) {
		try {
			imports.start(id.value(), publish, viewers.get());
		}
		catch (ConflictException ex) {
			return busy(redirect, id);
		}
		return "redirect:/exchange/imports/" + id;
	}

	@PostMapping("/exchange/imports/{id}/cancel")
	String cancel(@PathVariable ImportId id, RedirectAttributes redirect) {
		try {
			imports.cancel(id.value(), viewers.get());
			redirect.addFlashAttribute("notice", "exchange.import.cancelling");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("warning", "exchange.import.not-running");
		}
		return "redirect:/exchange/imports/" + id;
	}

	@PostMapping("/exchange/imports/{id}/delete")
	String delete(@PathVariable ImportId id, RedirectAttributes redirect) {
		try {
			imports.delete(id.value(), viewers.get());
		}
		catch (ConflictException ex) {
			return busy(redirect, id);
		}
		redirect.addFlashAttribute("notice", "exchange.import.deleted");
		return "redirect:/exchange/imports";
	}

	private static String busy(RedirectAttributes redirect, ImportId id) {
		redirect.addFlashAttribute("warning", "exchange.import.running");
		return "redirect:/exchange/imports/" + id;
	}

	private static SheetColumns.DateOrder dateOrder(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return SheetColumns.DateOrder.DAY_FIRST;
		}
		try {
			return SheetColumns.DateOrder.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("dates", "exchange.sheet.dates.unknown",
					text.substring(0, Math.min(text.length(), 40)));
		}
	}

	private static Imports.Shown shown(String text) {
		try {
			return Imports.Shown.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("shown", "exchange.shown.unknown", text);
		}
	}

	/** Positions of activities as a form gives them, at most a page's. */
	private static List<Integer> positions(@Nullable List<String> texts, String parameter) {
		if (texts == null) {
			return List.of();
		}
		if (texts.size() > 500) {
			throw new InvalidRequestException(parameter, "exchange.positions.too-many", 500);
		}
		List<Integer> positions = new ArrayList<>();
		for (String text : texts) {
			if (!text.matches("\\d{1,7}")) {
				throw new InvalidRequestException(parameter, "exchange.position.invalid", text);
			}
			positions.add(Integer.parseInt(text));
		}
		return positions;
	}

}
