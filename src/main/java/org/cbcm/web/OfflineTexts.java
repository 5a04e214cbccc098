package org.cbcm.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The words an offline file writes around the questions, in the reader's language: the
 * columns' headings, how to give each kind of answer, and the word that ticks an answer
 * of a choice of several.
 *
 * @param instructions the heading of the instructions
 * @param question the heading of the questions' column
 * @param answer the heading of the answers' column
 * @param note the heading of the notes' column
 * @param row what a row of a list is called in a sheet's first column
 * @param choose how to answer a choice
 * @param tick how to answer a choice of several
 * @param date how to write a day
 * @param number how to write a number
 * @param wholeNumber how to write a whole number
 * @param yes the word that ticks an answer
 * @param invalidTitle the title of the spreadsheet's refusal of an answer it does not
 * offer
 * @param invalid its message
 */
public record OfflineTexts(String instructions, String question, String answer, String note, String row, String choose,
		String tick, String date, String number, String wholeNumber, String yes, String invalidTitle, String invalid) {

	public static OfflineTexts of(MessageSource messages, Locale locale) {
		return new OfflineTexts(text(messages, "offline.file.instructions", locale),
				text(messages, "offline.file.question", locale), text(messages, "offline.file.answer", locale),
				text(messages, "offline.file.note", locale), text(messages, "offline.file.row", locale),
				text(messages, "offline.file.choose", locale), text(messages, "offline.file.tick", locale),
				text(messages, "offline.file.date", locale), text(messages, "offline.file.number", locale),
				text(messages, "offline.file.whole-number", locale), text(messages, "answer.yes", locale),
				text(messages, "offline.file.invalid-title", locale), text(messages, "offline.file.invalid", locale));
	}

	/**
	 * The instructions every offline form begins with: how to fill it, what not to
	 * change, and the version of the record it was made from.
	 */
	public static java.util.List<String> instructions(MessageSource messages, Locale locale, int version) {
		return java.util.List.of(text(messages, "offline.instructions.fill", locale),
				text(messages, "offline.instructions.layout", locale),
				messages.getMessage("offline.instructions.version", new Object[] { version }, locale));
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** How to answer a question of a kind; empty for text. */
	public String hint(OfflineForm.Type type) {
		return switch (type) {
			case CHOICE -> choose;
			case CHOICES -> tick;
			case DATE -> date;
			case NUMBER -> number;
			case WHOLE_NUMBER -> wholeNumber;
			default -> "";
		};
	}

}
