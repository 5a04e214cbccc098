package org.cbcm.initiatives.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.cbcm.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Where a walk through the registry by keyset stands: after the row with this sort value
 * and identifier, in this order, over this selection. Clients get it as an opaque text
 * (base64url); a cursor that does not read, or that was made for another order or
 * selection, is refused as the {@code cursor} parameter at fault. Reading on from a
 * cursor costs the same however far the walk has come, where an offset costs more with
 * every page.
 *
 * @param sort the order of the walk
 * @param selection a digest of the filter the walk selects by
 * @param value the last row's sort value: an instant, a text, a date or an amount; null
 * when the row has none
 * @param id the last row's identifier
 */
record RegistryCursor(InitiativeSort sort, String selection, @Nullable Object value, UUID id) {

	private static final String FORMAT = "1";

	private static final int LONGEST = 1200;

	/** A cursor after the given row. */
	static RegistryCursor after(InitiativeSort sort, InitiativeFilter filter, @Nullable Object value, UUID id) {
		return new RegistryCursor(sort, selection(filter), value, id);
	}

	/** The cursor as clients carry it. */
	String text() {
		// The value last: a title may hold the separator.
		String raw = String.join("|", FORMAT, sort.name(), selection, id.toString(),
				(value == null) ? "-" : "v" + value(value));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor a client sent back for a walk in this order over this selection.
	 * @throws InvalidRequestException naming {@code cursor} when it does not read or
	 * belongs to another walk
	 */
	static RegistryCursor read(String text, InitiativeSort sort, InitiativeFilter filter) {
		if (text.length() > LONGEST || !text.matches("[A-Za-z0-9_-]+")) {
			throw invalid();
		}
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 5);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (parts.length != 5 || !parts[0].equals(FORMAT)) {
			throw invalid();
		}
		if (!parts[1].equals(sort.name()) || !parts[2].equals(selection(filter))) {
			throw new InvalidRequestException("cursor", "initiative.cursor.other-walk");
		}
		try {
			Object value = parts[4].equals("-") ? null : value(sort, parts[4].substring(1));
			return new RegistryCursor(sort, parts[2], value, UUID.fromString(parts[3]));
		}
		catch (RuntimeException ex) {
			throw invalid();
		}
	}

	private static InvalidRequestException invalid() {
		return new InvalidRequestException("cursor", "initiative.cursor.invalid");
	}

	private static String value(Object value) {
		if (value instanceof OffsetDateTime time) {
			return time.toInstant().toString();
		}
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		return value.toString();
	}

	private static Object value(InitiativeSort sort, String text) {
		return switch (sort) {
			case NEWEST -> OffsetDateTime.ofInstant(java.time.Instant.parse(text), ZoneOffset.UTC);
			case TITLE -> text;
			case START, END -> LocalDate.parse(text);
			case BUDGET -> new BigDecimal(text);
		};
	}

	/**
	 * A digest of what the filter selects, the same on every node and whatever the order
	 * its values were given in.
	 */
	static String selection(InitiativeFilter filter) {
		Map<String, Set<String>> tags = new TreeMap<>();
		for (Map.Entry<Facet, Set<String>> tag : filter.tags().entrySet()) {
			tags.put(tag.getKey().name(), new TreeSet<>(tag.getValue()));
		}
		String canonical = tags + "|" + filter.terms() + "|" + filter.fromYear() + "|" + filter.toYear();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
