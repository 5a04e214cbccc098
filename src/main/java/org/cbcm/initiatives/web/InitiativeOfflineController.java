package org.cbcm.initiatives.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.records.FieldChange;
import org.cbcm.records.RecordView;
import org.cbcm.records.Revisions;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Viewer;
import org.cbcm.web.BoundForm;
import org.cbcm.web.OfflineFiles;
import org.cbcm.web.OfflineForm;
import org.cbcm.web.OfflineReview;
import org.cbcm.web.OfflineTexts;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An initiative filled offline: its form downloaded as a workbook or a document (filled
 * for those who may edit it, blank for anyone), uploaded, reviewed field by field against
 * the record as it now is, and applied as a new draft on confirmation, checked as a save
 * from the edit page.
 */
@Controller
class InitiativeOfflineController {

	private final InitiativeManagement initiatives;

	private final InitiativeOfflineForm offline;

	private final InitiativeFields.Source fields;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	InitiativeOfflineController(InitiativeManagement initiatives, InitiativeOfflineForm offline,
			InitiativeFields.Source fields, CurrentViewer viewers, MessageSource messages) {
		this.initiatives = initiatives;
		this.offline = offline;
		this.fields = fields;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/initiatives/{id}/offline.{format:xlsx|docx}")
	ResponseEntity<byte[]> download(@PathVariable InitiativeId id, @PathVariable String format, Locale locale) {
		RecordView<InitiativeId, InitiativeContent> view = editable(id);
		InitiativeForm filled = InitiativeForm.of(view.working());
		OfflineForm form = offline.of(locale, view.working().title(), view.version(), filled);
		return file(form, id, view.version(), form.values(filled), format, locale);
	}

	/** The blank form: its questions are public. */
	@GetMapping("/initiatives/{id}/offline-blank.{format:xlsx|docx}")
	ResponseEntity<byte[]> blank(@PathVariable InitiativeId id, @PathVariable String format, Locale locale) {
		RecordView<InitiativeId, InitiativeContent> view = initiatives.view(id, viewers.get());
		OfflineForm form = offline.of(locale, view.shown().title(), 0, new InitiativeForm());
		return file(form, id, 0, Map.of(), format, locale);
	}

	private ResponseEntity<byte[]> file(OfflineForm form, InitiativeId id, int version,
			Map<String, List<String>> values, String format, Locale locale) {
		OfflineForm.Stamp stamp = new OfflineForm.Stamp(form.kind(), id.toString(), version, form.version(),
				OfflineForm.FORMAT);
		OfflineTexts texts = OfflineTexts.of(messages, locale);
		return OfflineFiles.download(form, stamp, values, texts, format, "initiative-" + id);
	}

	@PostMapping("/initiatives/{id}/offline")
	String upload(@PathVariable InitiativeId id, @RequestParam(required = false) @Nullable MultipartFile file,
			Locale locale, Model model, RedirectAttributes redirect) throws IOException {
		RecordView<InitiativeId, InitiativeContent> view = editable(id);
		InitiativeForm current = InitiativeForm.of(view.working());
		OfflineForm form = offline.of(locale, view.working().title(), view.version(), current);
		OfflineFiles.Filled filled;
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidRequestException(OfflineFiles.FILE, "offline.missing");
			}
			if (file.getSize() > OfflineFiles.MAX_FILE) {
				throw new InvalidRequestException(OfflineFiles.FILE, "offline.too-large",
						OfflineFiles.MAX_FILE / (1024 * 1024));
			}
			filled = OfflineFiles.read(form, id.toString(), file.getBytes());
		}
		catch (InvalidRequestException ex) {
			// The edit page is a large form of its own: the refusal is shown on the
			// review
			// page, with the upload offered again.
			model.addAttribute("offlineError", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			model.addAttribute("view", view);
			return "initiatives/offline";
		}
		return review(model, view, filled.values(), filled.stamp().version(), filled.format(), Map.of(), locale);
	}

	@PostMapping("/initiatives/{id}/offline/apply")
	String apply(@PathVariable InitiativeId id, @RequestParam int version, @RequestParam int basedOn,
			@RequestParam String format, @RequestParam(required = false) @Nullable String comment,
			@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model,
			RedirectAttributes redirect) {
		RecordView<InitiativeId, InitiativeContent> view = editable(id);
		Map<String, List<String>> values = answers(view, parameters, locale);
		Uploaded uploaded = uploaded(view, values, locale);
		if (!uploaded.errors().isEmpty()) {
			return review(model, view, values, basedOn, format, Map.of(), locale);
		}
		String why = (comment == null || comment.isBlank()) ? messages.getMessage("offline.comment",
				new Object[] { (OfflineFiles.formatOf(format) != null) ? format.toUpperCase(Locale.ROOT) : "" }, locale)
				: comment;
		try {
			initiatives.save(id, version, uploaded.read().content(), why, viewers.get());
		}
		catch (InvalidRequestException ex) {
			return review(model, view, values, basedOn, format,
					BoundForm.errors(uploaded.binding(), uploaded.read().onForm(ex), messages, locale), locale);
		}
		catch (StaleVersionException ex) {
			return review(model, editable(id), values, basedOn, format, Map.of(), locale);
		}
		redirect.addFlashAttribute("notice", "offline.applied");
		return "redirect:/initiatives/" + id;
	}

	private Map<String, List<String>> answers(RecordView<InitiativeId, InitiativeContent> view,
			MultiValueMap<String, String> parameters, Locale locale) {
		OfflineForm form = offline.of(locale, view.working().title(), view.version(),
				InitiativeForm.of(view.working()));
		return OfflineFiles.answers(form, parameters);
	}

	/** The uploaded answers read as a save from the edit page reads them. */
	private record Uploaded(InitiativeForm.Read read, BindingResult binding, Map<String, String> errors) {
	}

	private Uploaded uploaded(RecordView<InitiativeId, InitiativeContent> view, Map<String, List<String>> values,
			Locale locale) {
		InitiativeForm form = new InitiativeForm();
		// Not asked offline: the programme stays as the record has it.
		form.setParent(InitiativeForm.of(view.working()).getParent());
		BindingResult binding = OfflineForm.bind(form, values);
		InitiativeForm.Read read = form.read();
		initiatives.checkInto(read.content(), read.validation());
		Map<String, String> errors = BoundForm.errors(binding,
				read.validation().failed() ? read.onForm(read.validation().problems()) : null, messages, locale);
		return new Uploaded(read, binding, errors);
	}

	private String review(Model model, RecordView<InitiativeId, InitiativeContent> view,
			Map<String, List<String>> values, int basedOn, String format, Map<String, String> refused, Locale locale) {
		RecordView<InitiativeId, InitiativeContent> now = editable(view.id());
		Uploaded uploaded = uploaded(now, values, locale);
		Map<String, String> errors = new LinkedHashMap<>(uploaded.errors());
		refused.forEach(errors::putIfAbsent);
		Map<String, String> before = now.working().fields();
		Map<String, String> after = uploaded.read().content().fields();
		List<FieldChange> changes = Revisions.changes(before, after);
		InitiativeFields names = fields.of(changes, locale);
		List<OfflineReview.Row> rows = OfflineReview.rows(before, after, names::label, names::value, errors);
		model.addAttribute("view", now);
		model.addAttribute("review", new OfflineReview(rows, OfflineReview.answers(values), now.version(), basedOn,
				format, !errors.isEmpty()));
		return "initiatives/offline";
	}

	/** The initiative, for one who may edit it now. */
	private RecordView<InitiativeId, InitiativeContent> editable(InitiativeId id) {
		Viewer viewer = viewers.get();
		RecordView<InitiativeId, InitiativeContent> view = initiatives.view(id, viewer);
		if (view.working() == null || !initiatives.mayEdit(view, viewer)) {
			throw new ForbiddenException("record.edit.not-yours", view.owner().toString());
		}
		return view;
	}

}
