package org.cbcm.roster;

/**
 * Where an assignment stands: offered to the expert, accepted or declined by them,
 * completed as the requesting Party recorded.
 */
public enum AssignmentStatus {

	OFFERED, ACCEPTED, DECLINED, COMPLETED

}
