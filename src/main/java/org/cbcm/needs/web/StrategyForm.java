package org.cbcm.needs.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.framework.ItemCode;
import org.cbcm.needs.StrategyContent;
import org.cbcm.needs.StrategyContent.Document;
import org.cbcm.needs.StrategyContent.Objective;
import org.cbcm.needs.StrategyContent.Output;
import org.cbcm.needs.StrategyIntegration;
import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.cbcm.web.DocumentRow;
import org.cbcm.web.FormObject;
import org.cbcm.web.FormRows;
import org.jspecify.annotations.Nullable;

/**
 * A country's strategy form as Spring binds it ({@code @ModelAttribute}): every field as
 * typed, rows by index ({@code outputs[2].dueYear}), the key elements of a row as the
 * codes ticked ({@code objectives[0].keyElements}). An output names its objective by its
 * number in the form (1 for the first); blank rows are left out, and the outputs follow
 * their objective when a blank objective above it is.
 */
@FormRows(
		value = { @FormRows.Rows(list = "objectives", most = StrategyContent.MAX_OBJECTIVES),
				@FormRows.Rows(list = "outputs", most = StrategyContent.MAX_OUTPUTS),
				@FormRows.Rows(list = "documents", most = StrategyContent.MAX_DOCUMENTS) },
		message = "strategy.rows.too-many")
public class StrategyForm extends FormObject {

	/** Empty rows the form offers below those filled. */
	static final int SPARE_OBJECTIVES = 2;

	static final int SPARE_OUTPUTS = 3;

	static final int SPARE_DOCUMENTS = 1;

	/** The most characters of a refused value that its message repeats. */
	private static final int SHOWN = 20;

	private @Nullable String title;

	private @Nullable String adoptedOn;

	private @Nullable String startYear;

	private @Nullable String endYear;

	private @Nullable String integration;

	private @Nullable String integrationNote;

	private List<ObjectiveRow> objectives = new ArrayList<>();

	private List<OutputRow> outputs = new ArrayList<>();

	private List<DocumentRow> documents = new ArrayList<>();

	/** The form filled with a strategy, with spare rows below. */
	static StrategyForm of(StrategyContent content) {
		StrategyForm form = new StrategyForm();
		form.title = content.title();
		form.adoptedOn = (content.adoptedOn() != null) ? content.adoptedOn().toString() : null;
		form.startYear = text(content.startYear());
		form.endYear = text(content.endYear());
		form.integration = (content.integration() != null) ? content.integration().name() : null;
		form.integrationNote = content.integrationNote();
		for (Objective objective : content.objectives()) {
			ObjectiveRow row = new ObjectiveRow();
			row.text = objective.text();
			row.keyElements = new ArrayList<>(codes(objective.keyElements()));
			form.objectives.add(row);
		}
		for (Output output : content.outputs()) {
			OutputRow row = new OutputRow();
			row.text = output.text();
			row.objective = (output.objective() != null) ? String.valueOf(output.objective() + 1) : null;
			row.target = output.target();
			row.dueYear = text(output.dueYear());
			row.keyElements = new ArrayList<>(codes(output.keyElements()));
			form.outputs.add(row);
		}
		for (Document document : content.documents()) {
			DocumentRow row = new DocumentRow(document.title(), document.url());
			form.documents.add(row);
		}
		return form.spare();
	}

	/** The form with its spare rows added, as the page shows it. */
	StrategyForm spare() {
		objectives.replaceAll(row -> (row == null) ? new ObjectiveRow() : row);
		outputs.replaceAll(row -> (row == null) ? new OutputRow() : row);
		documents.replaceAll(row -> (row == null) ? new DocumentRow() : row);
		for (int spare = 0; spare < SPARE_OBJECTIVES && objectives.size() < StrategyContent.MAX_OBJECTIVES; spare++) {
			objectives.add(new ObjectiveRow());
		}
		for (int spare = 0; spare < SPARE_OUTPUTS && outputs.size() < StrategyContent.MAX_OUTPUTS; spare++) {
			outputs.add(new OutputRow());
		}
		for (int spare = 0; spare < SPARE_DOCUMENTS && documents.size() < StrategyContent.MAX_DOCUMENTS; spare++) {
			documents.add(new DocumentRow());
		}
		return this;
	}

	/**
	 * The strategy the form holds. What is not of the right form (a date, a year, a
	 * choice, a code) is left out and noted in the validation at its field, so that it is
	 * reported with the content's own faults.
	 */
	StrategyContent content(Validation validation) {
		List<Objective> kept = new ArrayList<>();
		Map<Integer, Integer> renumbered = new HashMap<>();
		for (int index = 0; index < objectives.size(); index++) {
			ObjectiveRow row = objectives.get(index);
			if (row == null || row.blank()) {
				continue;
			}
			renumbered.put(index, kept.size());
			kept.add(new Objective(row.text,
					StrategyContent.codes(validation, "objectives[" + index + "].keyElements", row.keyElements)));
		}
		List<Output> outputList = new ArrayList<>();
		for (int index = 0; index < outputs.size(); index++) {
			OutputRow row = outputs.get(index);
			if (row == null || row.blank()) {
				continue;
			}
			String prefix = "outputs[" + index + "].";
			Integer number = wholeNumber(validation, prefix + "objective", row.objective, "error.type.number", SHOWN);
			Integer objective = (number == null) ? null : renumbered.getOrDefault(number - 1, number - 1);
			outputList.add(new Output(row.text, objective, row.target,
					wholeNumber(validation, prefix + "dueYear", row.dueYear, "error.type.number", SHOWN),
					StrategyContent.codes(validation, prefix + "keyElements", row.keyElements)));
		}
		List<Document> documentList = new ArrayList<>();
		for (DocumentRow row : documents) {
			if (row != null && !row.blank()) {
				documentList.add(new Document(row.getTitle(), row.getUrl()));
			}
		}
		return new StrategyContent(title, date(validation, "adoptedOn", adoptedOn, "strategy.date.invalid", SHOWN),
				wholeNumber(validation, "startYear", startYear, "error.type.number", SHOWN),
				wholeNumber(validation, "endYear", endYear, "error.type.number", SHOWN),
				Fields.choice(validation, StrategyIntegration.class, "integration", integration), integrationNote, kept,
				outputList, documentList);
	}

	private static @Nullable String text(@Nullable Integer number) {
		return (number != null) ? number.toString() : null;
	}

	private static List<String> codes(List<ItemCode> codes) {
		return codes.stream().map(ItemCode::value).toList();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** An objective row. */
	public static class ObjectiveRow {

		private @Nullable String text;

		private List<String> keyElements = new ArrayList<>();

		boolean blank() {
			return StrategyForm.blank(text)
					&& (keyElements == null || keyElements.stream().allMatch(StrategyForm::blank));
		}

		public @Nullable String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text;
		}

		public List<String> getKeyElements() {
			return keyElements;
		}

		public void setKeyElements(List<String> keyElements) {
			this.keyElements = (keyElements == null) ? new ArrayList<>() : keyElements;
		}

	}

	/** An output row. */
	public static class OutputRow {

		private @Nullable String text;

		private @Nullable String objective;

		private @Nullable String target;

		private @Nullable String dueYear;

		private List<String> keyElements = new ArrayList<>();

		boolean blank() {
			return StrategyForm.blank(text) && StrategyForm.blank(target) && StrategyForm.blank(dueYear)
					&& (keyElements == null || keyElements.stream().allMatch(StrategyForm::blank));
		}

		public @Nullable String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text;
		}

		public @Nullable String getObjective() {
			return objective;
		}

		public void setObjective(@Nullable String objective) {
			this.objective = objective;
		}

		public @Nullable String getTarget() {
			return target;
		}

		public void setTarget(@Nullable String target) {
			this.target = target;
		}

		public @Nullable String getDueYear() {
			return dueYear;
		}

		public void setDueYear(@Nullable String dueYear) {
			this.dueYear = dueYear;
		}

		public List<String> getKeyElements() {
			return keyElements;
		}

		public void setKeyElements(List<String> keyElements) {
			this.keyElements = (keyElements == null) ? new ArrayList<>() : keyElements;
		}

	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getAdoptedOn() {
		return adoptedOn;
	}

	public void setAdoptedOn(@Nullable String adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public @Nullable String getStartYear() {
		return startYear;
	}

	public void setStartYear(@Nullable String startYear) {
		this.startYear = startYear;
	}

	public @Nullable String getEndYear() {
		return endYear;
	}

	public void setEndYear(@Nullable String endYear) {
		this.endYear = endYear;
	}

	public @Nullable String getIntegration() {
		return integration;
	}

	public void setIntegration(@Nullable String integration) {
		this.integration = integration;
	}

	public @Nullable String getIntegrationNote() {
		return integrationNote;
	}

	public void setIntegrationNote(@Nullable String integrationNote) {
		this.integrationNote = integrationNote;
	}

	public List<ObjectiveRow> getObjectives() {
		return objectives;
	}

	public void setObjectives(List<ObjectiveRow> objectives) {
		this.objectives = objectives;
	}

	public List<OutputRow> getOutputs() {
		return outputs;
	}

	public void setOutputs(List<OutputRow> outputs) {
		this.outputs = outputs;
	}

	public List<DocumentRow> getDocuments() {
		return documents;
	}

	public void setDocuments(List<DocumentRow> documents) {
		this.documents = documents;
	}

}
