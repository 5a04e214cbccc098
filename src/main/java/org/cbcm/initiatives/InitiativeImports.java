package org.cbcm.initiatives;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cbcm.records.RecordScope;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Imports of initiatives that other systems publish (IATI activity files, donors'
 * spreadsheets), by the identifier their publisher gives each one. Importing the same
 * content again changes nothing; changed content becomes a new revision of the same
 * initiative, the import named as its comment; a new one is registered as loads are
 * ({@link InitiativeLoads}), as its owner's draft or published at once. Each initiative
 * of a batch is checked as the registry checks a person's: one that is refused is
 * reported with its reasons and the others go on. Only the Secretariat imports.
 */
public interface InitiativeImports {

	/** The most initiatives one batch may hold. */
	int MAX_BATCH = 1_000;

	/**
	 * An initiative's identity at its publisher.
	 *
	 * @param publisher the publisher's identifier (an IATI organisation identifier)
	 * @param identifier the publisher's identifier of the initiative
	 */
	record ExternalId(String publisher, String identifier) {

		public static final int MAX_PUBLISHER = 100;

		public static final int MAX_IDENTIFIER = 200;

		public ExternalId {
			publisher = publisher.strip();
			identifier = identifier.strip();
			if (publisher.isEmpty() || publisher.length() > MAX_PUBLISHER || identifier.isEmpty()
					|| identifier.length() > MAX_IDENTIFIER) {
				throw new InvalidRequestException("identifier", "initiative.external.invalid", MAX_PUBLISHER,
						MAX_IDENTIFIER);
			}
		}

		@Override
		public String toString() {
			return publisher + " " + identifier;
		}

	}

	/**
	 * One initiative of an import.
	 *
	 * @param external who publishes it, and as what
	 * @param owner the country or organisation a new one belongs to (an initiative
	 * already there keeps its own)
	 * @param content what it says now
	 * @param publish whether it is published (else it is saved as its owner's draft)
	 * @param classifications how its publisher classifies it (sectors of any vocabulary,
	 * policy markers, tags), each in a line a person reads; kept beside the initiative,
	 * not part of its content
	 */
	record Imported(ExternalId external, RecordScope owner, InitiativeContent content, boolean publish,
			List<Classification> classifications) {

		/** The most classifications kept. */
		public static final int MAX_CLASSIFICATIONS = 30;

		public Imported {
			classifications = classifications.stream().distinct().limit(MAX_CLASSIFICATIONS).toList();
		}

		/** One without classifications. */
		public Imported(ExternalId external, RecordScope owner, InitiativeContent content, boolean publish) {
			this(external, owner, content, publish, List.of());
		}

	}

	/**
	 * A code its publisher classifies an imported initiative by.
	 *
	 * @param kind a sector, a policy marker or a tag
	 * @param vocabulary the code's vocabulary, as the publisher names it
	 * @param code the code
	 * @param name the code's name (a sector's in the DAC codelist, a tag's own text)
	 * @param value a sector's percentage, or a policy marker's significance
	 */
	record Classification(Kind kind, @Nullable String vocabulary, String code, @Nullable String name,
			@Nullable String value) {

		/** What the code classifies by. */
		public enum Kind {

			SECTOR, POLICY_MARKER, TAG

		}

		public Classification {
			vocabulary = field(vocabulary, 20);
			code = java.util.Objects.requireNonNullElse(field(code, 40), "?");
			name = field(name, 120);
			value = field(value, 20);
		}

		private static @Nullable String field(@Nullable String text, int most) {
			if (text == null) {
				return null;
			}
			String plain = text.replaceAll("[\\p{Cntrl}|]", " ").strip();
			if (plain.isEmpty()) {
				return null;
			}
			return (plain.length() > most) ? plain.substring(0, most - 1) + "…" : plain;
		}

		/** As stored: its fields in one line, separated by bars. */
		public String line() {
			return String.join("|", kind.name(), (vocabulary != null) ? vocabulary : "", code,
					(name != null) ? name : "", (value != null) ? value : "");
		}

		/** One as stored, or null when the line is not one. */
		public static @Nullable Classification of(String line) {
			String[] parts = line.split("\\|", -1);
			if (parts.length != 5) {
				return null;
			}
			try {
				return new Classification(Kind.valueOf(parts[0]), parts[1], parts[2], parts[3], parts[4]);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

	/**
	 * Where an imported initiative comes from, as its page shows it.
	 *
	 * @param external its identity at its publisher
	 * @param classifications how its publisher classifies it, as last imported
	 * @param importedBy the import that last brought it
	 * @param importedAt when
	 */
	record Origin(ExternalId external, List<Classification> classifications, String importedBy,
			java.time.Instant importedAt) {

		public Origin {
			classifications = List.copyOf(classifications);
		}

	}

	/** How their publishers classify these initiatives, where they were imported. */
	Map<InitiativeId, List<Classification>> classifications(Collection<InitiativeId> ids);

	/** Where the initiative comes from, if it was imported. */
	java.util.Optional<Origin> origin(InitiativeId id);

	/** What an import did with one initiative. */
	enum Outcome {

		/** Registered anew. */
		CREATED,
		/** Its content changed: a new revision. */
		UPDATED,
		/** Its content is as the last import left it: nothing written. */
		UNCHANGED,
		/** Refused: its content or its record does not allow it; see the problems. */
		REFUSED

	}

	/**
	 * What an import did with one initiative.
	 *
	 * @param external the initiative's identity at its publisher
	 * @param id the initiative in the registry (null when a new one was refused)
	 * @param outcome what was done
	 * @param problems why it was refused, field by field
	 */
	record Written(ExternalId external, @Nullable InitiativeId id, Outcome outcome,
			List<InvalidRequestException> problems) {

		public Written {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Writes a batch in one transaction, so that a batch is written wholly or not at all
	 * and a rerun after an interruption ends as one uninterrupted run would.
	 * @param importName the name new initiatives are created by, which their history
	 * shows
	 * @param comment the comment of each revision written, naming the import
	 * @return what was done with each, in the batch's order
	 * @throws org.cbcm.shared.ForbiddenException unless the Secretariat imports
	 * @throws InvalidRequestException when the batch holds more than {@link #MAX_BATCH},
	 * or one identity twice; nothing is stored
	 */
	List<Written> write(List<Imported> batch, String importName, String comment, Viewer by);

	/** The initiatives these identities name, where the registry holds them. */
	Map<ExternalId, InitiativeId> find(Collection<ExternalId> externals);

	/** The identities at their publishers of these initiatives, where they have one. */
	Map<InitiativeId, ExternalId> externals(Collection<InitiativeId> ids);

}
