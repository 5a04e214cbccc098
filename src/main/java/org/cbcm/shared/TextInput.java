package org.cbcm.shared;

/**
 * What cbcm takes as text, from a form, an address or a request body: any character a
 * person can type, tabs and line breaks included, but no other control character (NUL
 * among them, which PostgreSQL cannot store and H2 can) and no half of a surrogate pair
 * (which PostgreSQL's UTF-8 cannot hold either). Refusing them alike keeps the two
 * databases answering the same.
 */
public final class TextInput {

	/** The most characters of a refused value that a message repeats. */
	public static final int SHOWN = 80;

	private TextInput() {
	}

	/** Whether the text holds a character no field of cbcm takes. */
	public static boolean refused(CharSequence text) {
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
			if (Character.isHighSurrogate(c)) {
				if (index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))) {
					index++;
				}
				else {
					return true;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A value as a message may repeat it: at most {@value #SHOWN} characters, an ellipsis
	 * for the rest, and a replacement character for each character cbcm does not take, so
	 * that a refusal never echoes a huge or hostile value.
	 */
	public static String shown(Object value) {
		String text = String.valueOf(value);
		// One character more than the most shown is no longer worth an ellipsis; so a
		// value
		// already shortened stays as it is when shown again.
		boolean cut = text.length() > SHOWN + 1;
		if (cut) {
			int end = SHOWN;
			if (Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			text = text.substring(0, end);
		}
		StringBuilder shown = new StringBuilder(text.length() + 1);
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			boolean paired = Character.isHighSurrogate(c) && index + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(index + 1));
			if (paired) {
				shown.append(c).append(text.charAt(++index));
			}
			else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
				shown.append('\uFFFD');
			}
			else {
				shown.append(c);
			}
		}
		return cut ? shown.append('…').toString() : shown.toString();
	}

}
