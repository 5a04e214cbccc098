package org.cbcm.shared;

import java.util.Comparator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs every module's reference data import once all beans exist and before the web
 * server starts, so that no request ever meets an empty directory or plan.
 */
@Component
class ReferenceDataStartup implements SmartInitializingSingleton {

	private final ObjectProvider<ReferenceData> sources;

	ReferenceDataStartup(ObjectProvider<ReferenceData> sources) {
		this.sources = sources;
	}

	@Override
	public void afterSingletonsInstantiated() {
		sources.stream().sorted(Comparator.comparingInt(ReferenceData::order)).forEach(ReferenceData::importIfChanged);
	}

}
