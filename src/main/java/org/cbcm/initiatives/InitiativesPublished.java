package org.cbcm.initiatives;

import java.util.List;

/**
 * Initiatives were published for the first time by a bulk load ({@link InitiativeLoads}):
 * the batch equivalent of {@link InitiativePublished}, one event per batch (a thousand or
 * so) rather than one per initiative. A listener that keeps something of every published
 * initiative (a coordination read model, analysis) listens to both.
 * <p>
 * Why a batch: a listener in another module hears events through the persisted event
 * publication registry, which writes a row per event and listener in the publishing
 * transaction and marks it completed after the listener ran. One event per initiative
 * made that a hundred thousand rows, listener calls and completions for a load of
 * 100,000; one per batch makes it a hundred (bench/initiatives/findings.md).
 *
 * @param facts what each initiative of the batch now says publicly, in the order loaded
 * @param lookForDuplicates whether the registry looks among them for records registered
 * twice ({@link InitiativeLoads.Duplicates})
 */
public record InitiativesPublished(List<InitiativeFacts> facts, boolean lookForDuplicates) {

	public InitiativesPublished {
		facts = List.copyOf(facts);
	}

	/** A batch whose records registered twice are looked for. */
	public InitiativesPublished(List<InitiativeFacts> facts) {
		this(facts, true);
	}

}
