package org.cbcm.exchange.internal.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One element of an IATI activity as read: its local name, attributes (by local name,
 * {@code xml:lang} as {@code lang}), its own text and its IATI children (elements in a
 * foreign namespace are not kept: the reader counts them).
 */
record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children, int line) {

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	/** The attribute, trimmed; null when absent or blank. */
	@Nullable String attribute(String attribute) {
		String value = attributes.get(attribute);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The first child of that name. */
	@Nullable XmlNode child(String child) {
		for (XmlNode node : children) {
			if (node.name.equals(child)) {
				return node;
			}
		}
		return null;
	}

	/** Every child of that name, in document order. */
	List<XmlNode> all(String child) {
		List<XmlNode> found = new ArrayList<>();
		for (XmlNode node : children) {
			if (node.name.equals(child)) {
				found.add(node);
			}
		}
		return found;
	}

	/** The text, whitespace collapsed; null when empty. */
	@Nullable String value() {
		String collapsed = SPACES.matcher(text.strip()).replaceAll(" ");
		return collapsed.isEmpty() ? null : collapsed;
	}

	/**
	 * The element's language, as its {@code xml:lang} says in any case, reduced to its
	 * primary subtag ({@code EN-gb} is {@code en}); null when it says none.
	 */
	@Nullable String language() {
		String lang = attribute("lang");
		if (lang == null) {
			return null;
		}
		int dash = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
		return ((dash > 0) ? lang.substring(0, dash) : lang).toLowerCase(Locale.ROOT);
	}

}
