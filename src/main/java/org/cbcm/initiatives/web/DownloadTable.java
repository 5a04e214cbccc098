package org.cbcm.initiatives.web;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cbcm.initiatives.internal.InitiativeSummary;
import org.cbcm.web.DownloadText;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The columns of a download as a person reads it in a spreadsheet: headers and the labels
 * of types, statuses and scopes in the reader's language, one row per initiative. Text
 * that a spreadsheet would take for a formula is made harmless.
 */
final class DownloadTable {

	/** The columns, in their order, with the width they get in a workbook. */
	enum Column {

		ID(38), LINK(60), TITLE(60), PROJECT_NUMBER(16), TYPE(16), STATUS(22), START(12), END(12), SCOPE(16),
		COUNTRIES(24), DONORS(40), IMPLEMENTERS(40), KEY_ELEMENTS(24), ACTIVITIES(24), FUNDING_SOURCE(14),
		TOTAL_BUDGET(16), CURRENCY(10), BUDGET_YEAR(12), USD(18), SHARES_SPLIT_EVENLY(14), PUBLISHED_AT(20),
		ENDORSEMENTS(40);

		private final int width;

		Column(int width) {
			this.width = width;
		}

		/**
		 * Its header's key in the bundle, such as {@code download.column.key-elements}.
		 */
		String key() {
			return "download.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** Its width in characters. */
		int width() {
			return width;
		}

	}

	private final MessageSource messages;

	private final Locale locale;

	DownloadTable(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	List<String> headers() {
		return Arrays.stream(Column.values()).map(this::header).toList();
	}

	String header(Column column) {
		return messages.getMessage(column.key(), null, locale);
	}

	/**
	 * A cell: text, a date, the moment of publication, an amount, a year, or nothing when
	 * the initiative does not say (or, for US dollars, when the year's rate is missing).
	 */
	@Nullable Object cell(Column column, DownloadRow row) {
		InitiativeSummary initiative = row.initiative();
		return switch (column) {
			case ID -> initiative.id().toString();
			case LINK -> row.link();
			case TITLE -> initiative.title();
			case PROJECT_NUMBER -> initiative.projectNumber();
			case TYPE -> label("initiative.type.", initiative.type());
			case STATUS -> label("initiative.status.", initiative.implementation());
			case START -> initiative.start();
			case END -> initiative.end();
			case SCOPE -> label("initiative.scope.", initiative.scope());
			case COUNTRIES -> joined(initiative.countries());
			case DONORS -> joined(row.donorNames());
			case IMPLEMENTERS -> joined(row.implementerNames());
			case KEY_ELEMENTS -> joined(initiative.elements());
			case ACTIVITIES -> joined(initiative.activities());
			case FUNDING_SOURCE -> initiative.fundingSource();
			case TOTAL_BUDGET -> initiative.totalBudget();
			case CURRENCY -> initiative.currency();
			case BUDGET_YEAR -> initiative.budgetYear();
			case USD -> initiative.usd();
			case SHARES_SPLIT_EVENLY ->
				messages.getMessage(initiative.countrySharesEstimated() ? "download.yes" : "download.no", null, locale);
			case PUBLISHED_AT -> initiative.publishedAt().truncatedTo(ChronoUnit.SECONDS);
			case ENDORSEMENTS -> joined(initiative.voices()
				.entrySet()
				.stream()
				.map(voice -> voice.getKey() + ": "
						+ messages.getMessage("endorsement." + voice.getValue(), null, voice.getValue(), locale))
				.toList());
		};
	}

	/** The row's cells as text, as a CSV file holds them. */
	List<String> texts(DownloadRow row) {
		return Arrays.stream(Column.values()).map(column -> text(cell(column, row))).toList();
	}

	/** A cell as text: dates and moments in ISO 8601, amounts without exponent. */
	static String text(@Nullable Object cell) {
		return DownloadText.of(cell);
	}

	/**
	 * The text with an apostrophe before it when a spreadsheet would read it as a
	 * formula.
	 */
	static String harmless(String text) {
		return DownloadText.harmless(text);
	}

	private @Nullable String label(String prefix, @Nullable Enum<?> value) {
		return (value != null) ? messages.getMessage(prefix + value.name(), null, value.name(), locale) : null;
	}

	private static String joined(List<String> values) {
		return String.join("; ", values);
	}

}
