package org.cbcm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries hold (each module reaches others only through their public API
 * and the dependencies it declares), the module documentation is written, and the
 * README's diagram is the one the code has.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(CbcmApplication.class);

	@Test
	void modules_keep_their_boundaries() {
		MODULES.verify();
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("shared",
				"web", "framework", "directory");
	}

	@Test
	void writes_the_module_documentation() {
		new Documenter(MODULES).writeDocumentation().writeModuleCanvases();
	}

	@Test
	void readme_shows_the_module_diagram_of_the_code() throws IOException {
		String diagram = mermaid();
		Path generated = Path.of("target", "spring-modulith-docs", "modules.mmd");
		Files.createDirectories(generated.getParent());
		Files.writeString(generated, diagram, StandardCharsets.UTF_8);
		assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
			.as("README.md's module diagram; the current one is in " + generated)
			.contains("```mermaid\n" + diagram + "```");
	}

	/**
	 * The modules and their direct dependencies as a Mermaid flowchart, in a stable
	 * order.
	 */
	static String mermaid() {
		StringBuilder diagram = new StringBuilder("flowchart TD\n");
		MODULES.stream()
			.sorted(Comparator.comparing(module -> module.getIdentifier().toString()))
			.forEach(module -> diagram.append("  ")
				.append(module.getIdentifier())
				.append("[\"")
				.append(module.getDisplayName())
				.append("\"]\n"));
		MODULES.stream()
			.sorted(Comparator.comparing(module -> module.getIdentifier().toString()))
			.forEach(module -> module.getDirectDependencies(MODULES)
				.stream()
				.map(ApplicationModuleDependency::getTargetModule)
				.map(target -> target.getIdentifier().toString())
				.distinct()
				.sorted()
				.forEach(target -> diagram.append("  ")
					.append(module.getIdentifier())
					.append(" --> ")
					.append(target)
					.append('\n')));
		return diagram.toString();
	}

}
