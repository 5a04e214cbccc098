package org.cbcm.roster;

import java.time.Instant;
import java.util.Set;

import org.cbcm.directory.RegionCode;
import org.cbcm.shared.CountryCode;

/**
 * A developing country Party or economy in transition asked for an expert.
 *
 * @param request the request
 * @param country the requesting Party
 * @param expertise the areas of expertise asked for
 * @param preferredRegion the region the Party prefers its expert from
 * @param filedAt when the focal point filed it
 */
public record RequestFiled(RequestId request, CountryCode country, Set<Expertise> expertise, RegionCode preferredRegion,
		Instant filedAt) {

	public RequestFiled {
		expertise = Set.copyOf(expertise);
	}

}
