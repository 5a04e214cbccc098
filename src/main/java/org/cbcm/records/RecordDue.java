package org.cbcm.records;

import java.time.LocalDate;
import java.util.Set;

import org.cbcm.shared.Role;

/**
 * Something about a record falls due on a day, and those holding the given roles within
 * its scope are to be told, in their language, by the kind's own mail
 * ({@code mail.due.<notice>.subject} and {@code .body}, with the person's name, the
 * record's title, the day and the record's link as {@code {0}} to {@code {3}}): an
 * expert's listing that lapses in three months, say. The module that knows the rule
 * publishes it once per notice.
 *
 * @param record the record
 * @param scope whose it is
 * @param title how the record is called
 * @param path the record's page
 * @param to the roles told within the scope
 * @param notice the kind's notice, naming its mail
 * @param on the day it falls due
 */
public record RecordDue(RecordRef record, RecordScope scope, String title, String path, Set<Role> to, String notice,
		LocalDate on) {

	public RecordDue {
		if (!notice.matches("[a-z][a-z0-9-]{0,59}")) {
			throw new IllegalArgumentException("A notice is named in lower case with hyphens, not " + notice);
		}
		to = Set.copyOf(to);
	}

}
