package org.cbcm.initiatives.internal;

import java.util.Optional;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.records.RecordLifecycle.Rules;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What an initiative must be beyond its content's own rules, which the shared lifecycle
 * checks with these on every save.
 */
@Component
class InitiativeRules implements Rules<InitiativeId, InitiativeContent> {

	private final Initiatives initiatives;

	private final ContentReferences references;

	InitiativeRules(Initiatives initiatives, ContentReferences references) {
		this.initiatives = initiatives;
		this.references = references;
	}

	/**
	 * The rules beyond the content's own, every fault added: what it names in other
	 * records, its owner, its programme, and for a country's initiative that the country
	 * is among its countries.
	 */
	@Override
	public void check(RecordScope owner, @Nullable InitiativeId id, InitiativeContent content, Validation validation) {
		references.checkOwner(owner, validation);
		references.check(content, validation);
		CountryCode country = owner.country();
		if (country != null
				&& content.geography().countries().stream().noneMatch(share -> share.country().equals(country))) {
			validation.reject("geography.countries", "initiative.country.owner-missing", country.value());
		}
		InitiativeId parent = content.parent();
		if (parent != null) {
			if (parent.equals(id)) {
				validation.reject("parent", "initiative.parent.itself");
			}
			else if (!parentAllowed(parent, owner, id)) {
				validation.reject("parent", "initiative.parent.not-a-programme", parent.toString());
			}
		}
	}

	/**
	 * A parent must be a programme, the owner's own or published, and not the record's
	 * own descendant.
	 */
	private boolean parentAllowed(InitiativeId parent, RecordScope owner, @Nullable InitiativeId id) {
		Optional<Initiative> found = initiatives.find(parent);
		if (found.isEmpty()) {
			return false;
		}
		Initiative programme = found.get();
		InitiativeContent shown = programme.owner().equals(owner) ? programme.content() : programme.published();
		if (shown == null || shown.type() != InitiativeType.PROGRAMME) {
			return false;
		}
		return !ParentChain.reaches(shown.parent(), id,
				above -> initiatives.find(above).map(Initiative::content).map(InitiativeContent::parent).orElse(null));
	}

}
