package org.cbcm.exchange.internal.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.exchange.internal.iati.IatiActivity.Code;
import org.cbcm.exchange.internal.iati.IatiActivity.PolicyMarker;
import org.cbcm.exchange.internal.iati.IatiActivity.Text;
import org.jspecify.annotations.Nullable;

/**
 * Activities as the IATI reader hands them, built in the tests' words:
 * {@code anActivity().titled("…").describedAs("…").inSector("1", "31192")}.
 */
final class Activities {

	private @Nullable String title;

	private final Map<String, Text> descriptions = new LinkedHashMap<>();

	private final List<Code> sectors = new ArrayList<>();

	private final List<Code> tags = new ArrayList<>();

	private final List<PolicyMarker> markers = new ArrayList<>();

	static Activities anActivity() {
		return new Activities();
	}

	Activities titled(String title) {
		this.title = title;
		return this;
	}

	/** A general description (type 1). */
	Activities describedAs(String description) {
		return describedAs("1", description);
	}

	Activities describedAs(String type, String description) {
		descriptions.put(type, text(description));
		return this;
	}

	Activities inSector(@Nullable String vocabulary, String code) {
		sectors.add(new Code(vocabulary, code, null, null, null));
		return this;
	}

	Activities inSector(String vocabulary, String code, @Nullable String uri, @Nullable String percentage,
			@Nullable String text) {
		sectors.add(new Code(vocabulary, code, uri, (percentage != null) ? new BigDecimal(percentage) : null,
				(text != null) ? text(text) : null));
		return this;
	}

	Activities tagged(String vocabulary, String code, @Nullable String uri, @Nullable String text) {
		tags.add(new Code(vocabulary, code, uri, null, (text != null) ? text(text) : null));
		return this;
	}

	Activities marked(@Nullable String vocabulary, String code, @Nullable String significance) {
		markers.add(new PolicyMarker(vocabulary, code, significance));
		return this;
	}

	IatiActivity build() {
		return new IatiActivity("XM-TEST-1", "2.03", null, (title != null) ? text(title) : null, descriptions, null,
				Map.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), sectors, markers,
				tags, List.of(), List.of(), List.of(), null, List.of());
	}

	private static Text text(String value) {
		return new Text(value, "en", Text.Choice.ENGLISH);
	}

}
