package org.cbcm.needs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cbcm.framework.ItemCode;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.NeedsContent;
import org.cbcm.needs.Priority;
import org.cbcm.shared.Decimals;
import org.cbcm.shared.Fields;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Validation;
import org.cbcm.web.DocumentRow;
import org.cbcm.web.FormObject;
import org.cbcm.web.FormRows;
import org.jspecify.annotations.Nullable;

/**
 * The needs assessment form as Spring binds it ({@code @ModelAttribute}): every field as
 * typed, one row per element ({@code elements[3].priority}), so that nothing typed is
 * lost when a save is refused. {@link #content(Validation)} turns it into the record's
 * content, refusing at its field what is not of the right form (a date, a number, a
 * choice the form offers).
 */
@FormRows(
		value = { @FormRows.Rows(list = "elements", most = NeedsContent.MAX_ROWS),
				@FormRows.Rows(list = "documents", most = NeedsContent.MAX_DOCUMENTS) },
		message = "needs.rows.too-many")
public class NeedsForm extends FormObject {

	/** The most characters of a refused value that its message repeats. */
	private static final int SHOWN = 50;

	private @Nullable String assessedOn;

	private @Nullable String method;

	private @Nullable String participants;

	private List<DocumentRow> documents = new ArrayList<>();

	private List<ElementRow> elements = new ArrayList<>();

	private int version;

	private @Nullable String comment;

	/** An element's row as typed. */
	public static class ElementRow {

		private @Nullable String element;

		private @Nullable String capacity;

		private @Nullable String priority;

		private @Nullable String startYear;

		private @Nullable String durationYears;

		private @Nullable String shortTermRequirement;

		private @Nullable String longTermRequirement;

		private @Nullable String currency;

		private @Nullable String nationalSharePercent;

		private @Nullable String narrative;

		public @Nullable String getElement() {
			return element;
		}

		public void setElement(@Nullable String element) {
			this.element = element;
		}

		public @Nullable String getCapacity() {
			return capacity;
		}

		public void setCapacity(@Nullable String capacity) {
			this.capacity = capacity;
		}

		public @Nullable String getPriority() {
			return priority;
		}

		public void setPriority(@Nullable String priority) {
			this.priority = priority;
		}

		public @Nullable String getStartYear() {
			return startYear;
		}

		public void setStartYear(@Nullable String startYear) {
			this.startYear = startYear;
		}

		public @Nullable String getDurationYears() {
			return durationYears;
		}

		public void setDurationYears(@Nullable String durationYears) {
			this.durationYears = durationYears;
		}

		public @Nullable String getShortTermRequirement() {
			return shortTermRequirement;
		}

		public void setShortTermRequirement(@Nullable String shortTermRequirement) {
			this.shortTermRequirement = shortTermRequirement;
		}

		public @Nullable String getLongTermRequirement() {
			return longTermRequirement;
		}

		public void setLongTermRequirement(@Nullable String longTermRequirement) {
			this.longTermRequirement = longTermRequirement;
		}

		public @Nullable String getCurrency() {
			return currency;
		}

		public void setCurrency(@Nullable String currency) {
			this.currency = currency;
		}

		public @Nullable String getNationalSharePercent() {
			return nationalSharePercent;
		}

		public void setNationalSharePercent(@Nullable String nationalSharePercent) {
			this.nationalSharePercent = nationalSharePercent;
		}

		public @Nullable String getNarrative() {
			return narrative;
		}

		public void setNarrative(@Nullable String narrative) {
			this.narrative = narrative;
		}

	}

	/**
	 * The form of a content, with a row for each of the elements (those the content rates
	 * in their place, the others empty) and the documents it links plus spare rows.
	 */
	static NeedsForm of(NeedsContent content, List<ItemCode> elements, int version) {
		NeedsForm form = new NeedsForm();
		form.assessedOn = (content.assessedOn() != null) ? content.assessedOn().toString() : null;
		form.method = content.method();
		form.participants = content.participants();
		for (NeedsContent.Document document : content.documents()) {
			DocumentRow row = new DocumentRow(document.title(), document.url());
			form.documents.add(row);
		}
		form.spareDocuments();
		List<NeedsContent.Row> rows = new ArrayList<>(content.elements());
		for (ItemCode code : elements) {
			NeedsContent.Row found = rows.stream()
				.filter(row -> row != null && code.value().equals(row.element()))
				.findFirst()
				.orElse(NeedsContent.Row.empty(code.value()));
			rows.remove(found);
			form.elements.add(row(found));
		}
		// rows the plan no longer has stay, so that nothing is lost
		rows.stream().filter(row -> row != null).forEach(row -> form.elements.add(row(row)));
		form.version = version;
		return form;
	}

	/** Shows empty document rows up to the most a record holds. */
	void spareDocuments() {
		while (documents.size() < NeedsContent.MAX_DOCUMENTS) {
			documents.add(new DocumentRow());
		}
	}

	private static ElementRow row(NeedsContent.Row row) {
		ElementRow form = new ElementRow();
		form.element = row.element();
		form.capacity = (row.capacity() != null) ? row.capacity().name() : null;
		form.priority = (row.priority() != null) ? row.priority().name() : null;
		form.startYear = (row.startYear() != null) ? row.startYear().toString() : null;
		form.durationYears = (row.durationYears() != null) ? row.durationYears().toString() : null;
		form.shortTermRequirement = plain(row.shortTermRequirement());
		form.longTermRequirement = plain(row.longTermRequirement());
		form.currency = row.currency();
		form.nationalSharePercent = plain(row.nationalSharePercent());
		form.narrative = row.narrative();
		return form;
	}

	/**
	 * The content the form gives; what is not of the right form is noted in the
	 * validation at its field and left out.
	 */
	NeedsContent content(Validation validation) {
		LocalDate date = date(validation, "assessedOn", assessedOn, "needs.date.invalid", SHOWN);
		List<NeedsContent.Document> links = new ArrayList<>();
		for (DocumentRow row : documents) {
			if (row != null && !row.blank()) {
				links.add(new NeedsContent.Document(row.getTitle(), row.getUrl()));
			}
		}
		List<NeedsContent.Row> rows = new ArrayList<>();
		for (int i = 0; i < elements.size(); i++) {
			ElementRow row = elements.get(i);
			String field = "elements[" + i + "].";
			if (row == null) {
				row = new ElementRow();
			}
			rows.add(new NeedsContent.Row(row.element,
					Fields.choice(validation, Capacity.class, field + "capacity", row.capacity),
					Fields.choice(validation, Priority.class, field + "priority", row.priority),
					wholeNumber(validation, field + "startYear", row.startYear, "needs.number.invalid", SHOWN),
					wholeNumber(validation, field + "durationYears", row.durationYears, "needs.number.invalid", SHOWN),
					decimal(validation, field + "shortTermRequirement", row.shortTermRequirement),
					decimal(validation, field + "longTermRequirement", row.longTermRequirement), row.currency,
					decimal(validation, field + "nationalSharePercent", row.nationalSharePercent), row.narrative));
		}
		return new NeedsContent(date, method, participants, links, rows);
	}

	private static @Nullable BigDecimal decimal(Validation validation, String field, @Nullable String given) {
		String text = Fields.blankToNull(given);
		if (text == null) {
			return null;
		}
		try {
			return Decimals.parse(field, text);
		}
		catch (InvalidRequestException ex) {
			validation.check(() -> {
				throw ex;
			});
			return null;
		}
	}

	private static @Nullable String plain(@Nullable BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : null;
	}

	// Getters and setters, as Spring binds them.

	public @Nullable String getAssessedOn() {
		return assessedOn;
	}

	public void setAssessedOn(@Nullable String assessedOn) {
		this.assessedOn = assessedOn;
	}

	public @Nullable String getMethod() {
		return method;
	}

	public void setMethod(@Nullable String method) {
		this.method = method;
	}

	public @Nullable String getParticipants() {
		return participants;
	}

	public void setParticipants(@Nullable String participants) {
		this.participants = participants;
	}

	public List<DocumentRow> getDocuments() {
		return documents;
	}

	public void setDocuments(List<DocumentRow> documents) {
		this.documents = documents;
	}

	public List<ElementRow> getElements() {
		return elements;
	}

	public void setElements(List<ElementRow> elements) {
		this.elements = elements;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public @Nullable String getComment() {
		return comment;
	}

	public void setComment(@Nullable String comment) {
		this.comment = comment;
	}

}
