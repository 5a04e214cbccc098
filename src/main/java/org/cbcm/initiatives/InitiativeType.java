package org.cbcm.initiatives;

/** What an initiative is (BCH "type of initiative"); a programme may hold others. */
public enum InitiativeType {

	PROGRAMME, PROJECT, ACTIVITY

}
