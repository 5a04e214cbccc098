package org.cbcm.framework;

import java.util.List;
import java.util.Optional;

import org.cbcm.framework.internal.Plans;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Action Plan as every module reads it: its versions, the current one, its items by
 * code and by type, and the mappings between versions.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanCatalogue {

	private final Plans plans;

	ActionPlanCatalogue(Plans plans) {
		this.plans = plans;
	}

	/** Every version, newest first. */
	public List<PlanVersion> versions() {
		return plans.versions();
	}

	/** The version records refer to by default. */
	public PlanVersion current() {
		return plans.current().orElseThrow(() -> new IllegalStateException("No version of the Action Plan is current"));
	}

	/**
	 * The version a request names, or the current one when it names none; an
	 * {@link InvalidRequestException} naming the parameter when the text is not a version
	 * code. Whether the version exists is for {@link #version(VersionCode)} to say.
	 */
	public VersionCode versionOrCurrent(String parameter, @Nullable String text) {
		return (text == null || text.isBlank()) ? current().code() : versionCode(parameter, text);
	}

	/**
	 * The version code a request gives, or an {@link InvalidRequestException} naming the
	 * parameter.
	 */
	public static VersionCode versionCode(String parameter, String text) {
		if (!VersionCode.isValid(text)) {
			throw new InvalidRequestException(parameter, "framework.version.invalid", text);
		}
		return VersionCode.of(text);
	}

	/** The version with the code. */
	public PlanVersion version(VersionCode code) {
		return plans.version(code).orElseThrow(() -> new NotFoundException("framework.version.not-found", code));
	}

	public PlanContents contents(VersionCode code) {
		PlanVersion version = version(code);
		return new PlanContents(version, plans.sections(code), plans.items(code, ItemFilter.all()));
	}

	public List<PlanItem> items(VersionCode code, ItemFilter filter) {
		version(code);
		return plans.items(code, filter);
	}

	public Optional<PlanItem> findItem(VersionCode version, ItemCode code) {
		return plans.item(version, code);
	}

	/** The item, or a {@link NotFoundException} that names the code and the version. */
	public PlanItem item(VersionCode version, ItemCode code) {
		PlanVersion found = version(version);
		return findItem(version, code)
			.orElseThrow(() -> new NotFoundException("framework.item.not-found", code, found.title()));
	}

	/**
	 * Whether the current version has an item with the code, so that other modules can
	 * check a reference.
	 */
	public boolean isCurrentItem(ItemCode code) {
		return findItem(current().code(), code).isPresent();
	}

	/** The mappings from the items of one version to those of another. */
	public List<ItemMapping> mappings(VersionCode from, VersionCode to) {
		version(from);
		version(to);
		return plans.mappings(from, to);
	}

	/** Each pair of versions (from, to) with mappings from the first to the second. */
	public List<List<VersionCode>> mappedVersions() {
		return plans.mappedVersions();
	}

	/** The mappings that start or end at an item, in either direction. */
	public List<ItemMapping> mappingsOf(VersionCode version, ItemCode code) {
		return plans.mappingsOf(version, code);
	}

}
