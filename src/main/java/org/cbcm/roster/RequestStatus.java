package org.cbcm.roster;

/**
 * Where a request for an expert stands: open for a selection, an expert selected (the
 * offer out or accepted), closed when the assignment is completed, or cancelled by the
 * requesting Party.
 */
public enum RequestStatus {

	OPEN, SELECTED, CLOSED, CANCELLED

}
