package org.cbcm.initiatives.web;

import java.util.List;

import org.cbcm.initiatives.internal.InitiativeSummary;

/**
 * A published initiative as a download gives it: the summary of the list, the address of
 * its page, and the labels of its chunk, which name its organisations.
 *
 * @param initiative the initiative as the registry lists it
 * @param link the absolute address of its page
 * @param names the labels read for the chunk the initiative came in
 */
record DownloadRow(InitiativeSummary initiative, String link, Labels names) {

	/** Its donors' full names, in the order of their identifiers. */
	List<String> donorNames() {
		return initiative.donors().stream().map(names::organisationName).toList();
	}

	/** Its implementing and executing agencies' full names. */
	List<String> implementerNames() {
		return initiative.implementers().stream().map(names::organisationName).toList();
	}

}
