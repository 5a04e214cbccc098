package org.cbcm.framework.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.MappingRelation;
import org.cbcm.framework.VersionCode;
import org.cbcm.shared.ReferenceDataImports.DataFile;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing versions of the plan: a later version is added beside the current one with
 * its mappings, an item keeps its identity across imports, and a broken file changes
 * nothing.
 */
@IntegrationTest
class ActionPlanImportTests {

	static final VersionCode CURRENT = VersionCode.of("lg-cb-3-2006");

	static final VersionCode NEXT = VersionCode.of("next-test");

	@Autowired
	ActionPlanImport planImport;

	@Autowired
	ActionPlanCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void removeTheTestVersion() {
		jdbc.sql("DELETE FROM framework_version WHERE code = 'next-test'").update();
		jdbc.sql("UPDATE framework_version SET is_current = (code = 'lg-cb-3-2006')").update();
	}

	@Test
	void adds_a_later_version_with_its_mappings_beside_the_current_one() throws Exception {
		planImport.importFiles(files(false));

		assertThat(catalogue.current().code()).isEqualTo(CURRENT);
		assertThat(catalogue.versions()).extracting(v -> v.code().value()).containsExactly("next-test", "lg-cb-3-2006");
		assertThat(catalogue.mappings(NEXT, CURRENT)).extracting(m -> m.from().value() + "->" + m.to().value())
			.containsExactly("1(a)->12(a)", "1(b)->12(i)");
		assertThat(catalogue.mappingsOf(CURRENT, ItemCode.of("12(i)"))).singleElement()
			.satisfies(mapping -> assertThat(mapping.relation()).isEqualTo(MappingRelation.CLOSE));

		mvc.perform(get("/api/v1/action-plan/mappings?from=next-test&to=lg-cb-3-2006"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].to").value("12(i)"))
			.andExpect(jsonPath("$[1].relation").value("CLOSE"))
			.andExpect(jsonPath("$[1].note").value("Reworded"));
		mvc.perform(get("/api/v1/action-plan?version=next-test"))
			.andExpect(jsonPath("$.version.current").value(false))
			.andExpect(jsonPath("$.sections[0].items[0].children", hasSize(2)));
		mvc.perform(get("/action-plan/versions"))
			.andExpect(content().string(containsString("/action-plan/mappings?from=next-test&amp;to=lg-cb-3-2006")));
		mvc.perform(get("/action-plan/mappings?from=next-test&to=lg-cb-3-2006"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nearly the same as")));
		mvc.perform(get("/action-plan/items/12(i)"))
			.andExpect(content().string(containsString("In other versions")))
			.andExpect(content().string(containsString("1(b) (next-test)")));
	}

	@Test
	void makes_another_version_current_when_its_file_says_so() {
		planImport.importFiles(files(true));
		assertThat(catalogue.current().code()).isEqualTo(NEXT);
	}

	@Test
	void keeps_an_items_identity_when_the_file_is_imported_again() {
		UUID before = idOf("12(i)");
		planImport.importFiles(files(false));
		planImport.importFiles(files(false));
		assertThat(idOf("12(i)")).isEqualTo(before);
		assertThat(catalogue.mappings(NEXT, CURRENT)).hasSize(2);
	}

	@Test
	void changes_nothing_when_a_file_breaks_a_rule() {
		Map<String, PlanFile> files = files(false);
		PlanFile broken = files.get("next-test.yaml");
		files.put("next-test.yaml", new PlanFile(broken.code(), broken.title(), broken.document(), broken.source(),
				broken.issued(), true, null, broken.translations(), broken.sections(), broken.mappings()));

		assertThatThrownBy(() -> planImport.importFiles(files)).isInstanceOf(InvalidPlanFileException.class)
			.hasMessageContaining("exactly one version must be current, but 2");
		assertThat(catalogue.versions()).extracting(v -> v.code().value()).containsExactly("lg-cb-3-2006");
	}

	@Test
	void refuses_a_mapping_to_an_item_the_other_version_lacks() {
		Map<String, PlanFile> files = files(false);
		PlanFile next = files.get("next-test.yaml");
		files.put("next-test.yaml",
				new PlanFile(next.code(), next.title(), next.document(), next.source(), next.issued(), false, null,
						next.translations(), next.sections(), new PlanFile.MappingsData("lg-cb-3-2006",
								List.of(new PlanFile.MappingData("1(a)", "12(z)", MappingRelation.EXACT, null)))));

		assertThatThrownBy(() -> planImport.importFiles(files)).isInstanceOf(InvalidPlanFileException.class)
			.hasMessageContaining("version lg-cb-3-2006 has no item 12(z)");
		assertThat(catalogue.versions()).hasSize(1);
	}

	private UUID idOf(String code) {
		return jdbc
			.sql("SELECT i.id FROM framework_item i JOIN framework_version v ON v.id = i.version_id "
					+ "WHERE v.code = 'lg-cb-3-2006' AND i.code = :code")
			.param("code", code)
			.query(UUID.class)
			.single();
	}

	private static Map<String, PlanFile> files(boolean nextIsCurrent) {
		List<DataFile> data = ActionPlanFiles.read(ActionPlanFiles.LOCATION);
		data = new java.util.ArrayList<>(data);
		data.addAll(ActionPlanFiles.read("classpath:action-plan-fixtures/next-test.yaml"));
		Map<String, PlanFile> files = new LinkedHashMap<>(ActionPlanFiles.parse(data));
		if (nextIsCurrent) {
			PlanFile current = files.get("lg-cb-3-2006.yaml");
			files.put("lg-cb-3-2006.yaml",
					new PlanFile(current.code(), current.title(), current.document(), current.source(),
							current.issued(), false, current.editorialNote(), current.translations(),
							current.sections(), current.mappings()));
			PlanFile next = files.get("next-test.yaml");
			files.put("next-test.yaml", new PlanFile(next.code(), next.title(), next.document(), next.source(),
					next.issued(), true, null, next.translations(), next.sections(), next.mappings()));
		}
		return files;
	}

}
