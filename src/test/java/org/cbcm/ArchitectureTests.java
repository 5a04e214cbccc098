package org.cbcm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House rules of STYLE.md that the compiler does not check. */
class ArchitectureTests {

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.cbcm");

	static final JavaClasses TESTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("org.cbcm");

	@Test
	void uses_jackson_3_not_jackson_2() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("com.fasterxml.jackson.databind..")
			.because("Boot 4 configures Jackson 3 (tools.jackson); no Jackson 2 mapper exists as a bean")
			.check(MAIN);
	}

	@Test
	void injects_through_constructors() {
		fields().should()
			.notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
			.because("STYLE.md: constructor injection into private final fields")
			.check(MAIN);
	}

	@Test
	void tests_use_junit_jupiter_only() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("org.junit")
			.because("JUnit 4 is banned")
			.check(TESTS);
	}

	@Test
	void has_no_layer_packages() {
		noClasses().should()
			.resideInAnyPackage("..controller..", "..service..", "..repository..")
			.because("STYLE.md: package by capability, never by layer")
			.check(MAIN);
	}

}
