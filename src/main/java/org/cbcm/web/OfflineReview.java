package org.cbcm.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What an uploaded offline form would change, as its review page shows it before anything
 * is saved: each field that differs from the record as it now is (or has a problem), its
 * value now and in the upload, and the problem beside it; the answers to post again when
 * the writer confirms; and whether the upload was filled from an older version.
 *
 * @param rows the fields that change or have a problem, in the record's order
 * @param answers the uploaded answers, by the names the form binds, posted again on
 * confirmation
 * @param version the record's version the changes are shown against
 * @param basedOn the version the upload was filled from
 * @param format the upload's format ({@code xlsx}, {@code docx})
 * @param problems whether any field has a problem (then nothing may be applied)
 */
public record OfflineReview(List<Row> rows, List<Map.Entry<String, String>> answers, int version, int basedOn,
		String format, boolean problems) {

	public OfflineReview {
		rows = List.copyOf(rows);
		answers = List.copyOf(answers);
	}

	/**
	 * A field of the review.
	 *
	 * @param field the field's name
	 * @param label as readers know it
	 * @param before its value now, as the record's page shows it; null when none
	 * @param after its value in the upload; null when none
	 * @param error the problem with it; null when none
	 */
	public record Row(String field, String label, @Nullable String before, @Nullable String after,
			@Nullable String error) {
	}

	/** Whether applying the upload changes nothing. */
	public boolean unchanged() {
		return rows.isEmpty();
	}

	/** Whether the upload was filled from a version older than the record's now. */
	public boolean stale() {
		return basedOn != version;
	}

	/** How many fields change. */
	public long changes() {
		return rows.stream().filter(row -> !Objects.equals(row.before(), row.after())).count();
	}

	/**
	 * The review of two snapshots of a record (its fields, flat, as its revisions keep
	 * them) and the problems found, by field.
	 * @param before the record now
	 * @param after the record as uploaded
	 * @param label how a field reads
	 * @param value how a value of a field reads
	 * @param errors the problems by field (as the form names it)
	 */
	public static List<Row> rows(Map<String, String> before, Map<String, String> after, Function<String, String> label,
			BiFunction<String, String, String> value, Map<String, String> errors) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<Row> rows = new ArrayList<>();
		Set<String> shown = new LinkedHashSet<>();
		for (String field : fields) {
			String old = before.get(field);
			String now = after.get(field);
			String error = errors.get(field);
			if (!Objects.equals(old, now) || error != null) {
				rows.add(new Row(field, label.apply(field), (old != null) ? value.apply(field, old) : null,
						(now != null) ? value.apply(field, now) : null, error));
				shown.add(field);
			}
		}
		errors.forEach((field, error) -> {
			if (!shown.contains(field)) {
				rows.add(new Row(field, label.apply(field), null, null, error));
			}
		});
		return rows;
	}

	/** The answers as pairs of name and value, a choice of several once per code. */
	public static List<Map.Entry<String, String>> answers(Map<String, List<String>> values) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		values.forEach((name, texts) -> texts.forEach(text -> pairs.add(Map.entry(name, text))));
		return pairs;
	}

}
