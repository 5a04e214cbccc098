package org.cbcm.web;

import java.util.function.Function;
import java.util.function.Predicate;

import org.cbcm.shared.NotFoundException;

/**
 * An identifier that addresses name, such as a country's code in
 * {@code /countries/{code}}: how its text is read. A module declares one as a bean for
 * each of its identifiers, and the frame reads every path variable (and parameter) of
 * that type with it, so that a handler takes the identifier, never its text. A text that
 * is not one names nothing: it is answered as an identifier that names nothing is, 404
 * with the module's message (a problem in the API, the error page for pages).
 *
 * @param <T> the identifier's type
 * @param type the identifier's type
 * @param valid whether a text has the form of the identifier, so that parsing it cannot
 * fail
 * @param parse reads a text of that form
 * @param notFoundKey the message bundle key that says nothing has the identifier; its
 * argument is the text asked for
 */
public record PathIdentifier<T>(Class<T> type, Predicate<String> valid, Function<String, T> parse, String notFoundKey) {

	/**
	 * The identifier the text names.
	 * @throws NotFoundException when the text is not one
	 */
	public T read(String text) {
		if (!valid.test(text)) {
			throw new NotFoundException(notFoundKey, text);
		}
		return parse.apply(text);
	}

}
