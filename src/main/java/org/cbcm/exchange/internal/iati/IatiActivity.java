package org.cbcm.exchange.internal.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an IATI activity says, as read from a file of any version from 1.01 to 2.03: codes
 * are those of version 2.03 (a 1.0x file's {@code role="Funding"} is role {@code 1}, its
 * transaction type {@code C} is {@code 2}, its {@code start-planned} date is type
 * {@code 1}), texts are in one language chosen among the narratives ({@link Text}), and
 * amounts carry their own currency (the activity's default when the value names none).
 *
 * @param identifier the {@code iati-identifier}
 * @param version the standard's version the file declares ({@code 1.03}, {@code 2.03})
 * @param reportingOrg who publishes it
 * @param title its title
 * @param descriptions its descriptions by type code ({@code 1} general, {@code 2}
 * objectives, {@code 3} target groups, {@code 4} other)
 * @param status the {@code activity-status} code
 * @param dates the {@code activity-date}s by type code ({@code 1} planned start,
 * {@code 2} actual start, {@code 3} planned end, {@code 4} actual end)
 * @param participants the participating organisations
 * @param countries the recipient countries (ISO 3166-1 alpha-2)
 * @param regions the recipient regions, with their vocabulary
 * @param defaultCurrency the activity's default currency
 * @param budgets its budgets
 * @param plannedDisbursements its planned disbursements
 * @param transactions its transactions
 * @param sectors its sectors, any vocabulary
 * @param policyMarkers its policy markers
 * @param tags its tags
 * @param results its results
 * @param documents its document links
 * @param contacts its contacts
 * @param lastUpdated when the publisher last changed it, as written
 * @param warnings what in it could not be read, each with the element and why (the rest
 * of the activity is kept)
 */
public record IatiActivity(String identifier, String version, @Nullable Organisation reportingOrg, @Nullable Text title,
		Map<String, Text> descriptions, @Nullable String status, Map<String, LocalDate> dates,
		List<Participant> participants, List<Share> countries, List<Share> regions, @Nullable String defaultCurrency,
		List<Money> budgets, List<Money> plannedDisbursements, List<Transaction> transactions, List<Code> sectors,
		List<PolicyMarker> policyMarkers, List<Code> tags, List<Result> results, List<Document> documents,
		List<Contact> contacts, @Nullable String lastUpdated, List<String> warnings) {

	public IatiActivity {
		descriptions = Map.copyOf(descriptions);
		dates = Map.copyOf(dates);
		participants = List.copyOf(participants);
		countries = List.copyOf(countries);
		regions = List.copyOf(regions);
		budgets = List.copyOf(budgets);
		plannedDisbursements = List.copyOf(plannedDisbursements);
		transactions = List.copyOf(transactions);
		sectors = List.copyOf(sectors);
		policyMarkers = List.copyOf(policyMarkers);
		tags = List.copyOf(tags);
		results = List.copyOf(results);
		documents = List.copyOf(documents);
		contacts = List.copyOf(contacts);
		warnings = List.copyOf(warnings);
	}

	/**
	 * A text in the language chosen among its narratives.
	 *
	 * @param value the text
	 * @param language the language it is in (null when the file says none and the
	 * activity has no default)
	 * @param choice why this one: the importer's language, English, or the first given
	 */
	public record Text(String value, @Nullable String language, Choice choice) {

		/** Why a narrative was kept. */
		public enum Choice {

			/** It is in the language the importer asked for. */
			ASKED,
			/** None was in that language; this one is in English. */
			ENGLISH,
			/** None was in that language or English: the first. */
			FIRST

		}

	}

	/** An organisation as the file names it: identifier, type code, name. */
	public record Organisation(@Nullable String ref, @Nullable String type, @Nullable Text name) {
	}

	/**
	 * A participating organisation.
	 *
	 * @param role {@code 1} funding, {@code 2} accountable, {@code 3} extending,
	 * {@code 4} implementing
	 */
	public record Participant(String role, Organisation organisation) {
	}

	/** A code with its vocabulary and percentage (a recipient country or region). */
	public record Share(String code, @Nullable String vocabulary, @Nullable BigDecimal percentage) {
	}

	/** A code of a vocabulary, with the vocabulary's address and its text when given. */
	public record Code(@Nullable String vocabulary, String code, @Nullable String vocabularyUri,
			@Nullable BigDecimal percentage, @Nullable Text text) {
	}

	/** A policy marker: its vocabulary, code and significance. */
	public record PolicyMarker(@Nullable String vocabulary, String code, @Nullable String significance) {
	}

	/** An amount for a period (a budget or a planned disbursement). */
	public record Money(@Nullable String type, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
			BigDecimal value, @Nullable String currency, @Nullable LocalDate valueDate) {
	}

	/**
	 * A transaction.
	 *
	 * @param type the 2.03 code: {@code 1} incoming funds, {@code 2} commitment,
	 * {@code 3} disbursement, {@code 4} expenditure, and so on
	 */
	public record Transaction(String type, @Nullable LocalDate date, BigDecimal value, @Nullable String currency,
			@Nullable LocalDate valueDate, @Nullable Organisation provider, @Nullable Organisation receiver) {
	}

	/** A result with its indicators. */
	public record Result(@Nullable String type, @Nullable Text title, @Nullable Text description,
			List<Indicator> indicators) {

		public Result {
			indicators = List.copyOf(indicators);
		}

	}

	/**
	 * An indicator of a result; baseline and target are absent where the file gives none.
	 */
	public record Indicator(@Nullable String measure, @Nullable Text title, @Nullable String baselineYear,
			@Nullable String baseline, List<String> targets, List<String> actuals) {

		public Indicator {
			targets = List.copyOf(targets);
			actuals = List.copyOf(actuals);
		}

	}

	/** A document link. */
	public record Document(String url, @Nullable String format, @Nullable Text title, List<String> categories) {

		public Document {
			categories = List.copyOf(categories);
		}

	}

	/** A contact. */
	public record Contact(@Nullable String type, @Nullable Text organisation, @Nullable Text person,
			@Nullable String email, @Nullable String telephone, @Nullable String website) {
	}

}
