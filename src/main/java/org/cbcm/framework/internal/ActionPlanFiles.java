package org.cbcm.framework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.shared.ReferenceData;
import org.cbcm.shared.ReferenceDataImports;
import org.cbcm.shared.ReferenceDataImports.DataFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * At start-up, imports the versions of the Action Plan from
 * {@code classpath:action-plan/*.yaml} when those files changed since the last import. A
 * new version (after a five-year review) is added as another file; a file that breaks a
 * rule stops the start with a list of what to mend.
 */
@Component
class ActionPlanFiles implements ReferenceData {

	@Override
	public int order() {
		return 30;
	}

	static final String LOCATION = "classpath*:action-plan/*.yaml";

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final ReferenceDataImports imports;

	private final ActionPlanImport planImport;

	ActionPlanFiles(ReferenceDataImports imports, ActionPlanImport planImport) {
		this.imports = imports;
		this.planImport = planImport;
	}

	@Override
	public void importIfChanged() {
		List<DataFile> files = read(LOCATION);
		imports.importIfChanged("action-plan", files, () -> planImport.importFiles(parse(files)));
	}

	static List<DataFile> read(String location) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			List<DataFile> files = new ArrayList<>();
			for (Resource resource : Arrays.stream(resources)
				.sorted(Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList()) {
				files.add(new DataFile(String.valueOf(resource.getFilename()), resource.getContentAsByteArray()));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Action Plan files at " + location + " cannot be read", ex);
		}
	}

	static Map<String, PlanFile> parse(List<DataFile> files) {
		Map<String, PlanFile> parsed = new LinkedHashMap<>();
		for (DataFile file : files) {
			try {
				parsed.put(file.name(), YAML.readValue(file.content(), PlanFile.class));
			}
			catch (JacksonException ex) {
				throw new InvalidPlanFileException(List.of(file.name() + ": " + ex.getOriginalMessage()));
			}
		}
		return parsed;
	}

}
