package org.cbcm.directory;

import java.util.List;

/**
 * A UN M49 region with its sub-regions (and theirs), as far as the directory's countries
 * use them. Its name is the message {@code region.<code>}.
 *
 * @param code the M49 code, such as 002
 * @param subRegions the regions within it
 */
public record Region(RegionCode code, List<Region> subRegions) {

	public Region {
		subRegions = List.copyOf(subRegions);
	}

	/** The message bundle key of the region's name. */
	public String nameKey() {
		return code.nameKey();
	}

	/** Whether the code is this region's or one of the regions' within it. */
	public boolean contains(RegionCode other) {
		return code.equals(other) || subRegions.stream().anyMatch(sub -> sub.contains(other));
	}

}
