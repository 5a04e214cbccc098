package org.cbcm.roster.internal;

import java.time.Instant;

import org.cbcm.roster.RequestContent;
import org.cbcm.roster.RequestId;
import org.cbcm.roster.RequestStatus;
import org.cbcm.shared.CountryCode;

/**
 * A Party's request for an expert as stored.
 *
 * @param id the request
 * @param country the requesting Party
 * @param content what it asks for; its preferred region always set
 * @param status where it stands
 * @param version counts its changes, for optimistic locking
 * @param filedAt when it was filed
 * @param filedByName who filed it
 * @param updatedAt when it last changed
 */
public record ExpertRequest(RequestId id, CountryCode country, RequestContent content, RequestStatus status,
		int version, Instant filedAt, String filedByName, Instant updatedAt) {

	public String title() {
		return java.util.Objects.requireNonNull(content.title());
	}

	public String path() {
		return "/roster/requests/" + id;
	}

}
