package org.cbcm.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Secretariat reads a folder of files on the server into imports, one per file: a
 * file that cannot be read is reported and the others go on; a folder outside the
 * server's import folder (by {@code ..}, an absolute path or a symbolic link) is refused,
 * as are an empty folder and strangers.
 */
@IntegrationTest
class FolderImportsTests {

	@Autowired
	FolderImports folders;

	@Autowired
	IatiImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	Viewer focalPoint;

	Path publisher;

	@BeforeEach
	void setUp() throws IOException {
		ImportFixture fixture = ImportFixture.of(context);
		secretariat = fixture.secretariat();
		focalPoint = fixture.focalPoint();
		FileSystemUtils.deleteRecursively(folders.root());
		publisher = Files.createDirectories(folders.root().resolve("unep 2026"));
	}

	@Test
	void each_file_of_the_folder_becomes_an_import_and_a_file_that_cannot_be_read_is_reported() throws IOException {
		try (InputStream in = IatiImportsTests.resource("import-unep-2.03.xml")) {
			Files.copy(in, publisher.resolve("a-activities.xml"));
		}
		Files.writeString(publisher.resolve("b-portfolio.csv"),
				"Identifier,Title,Reporting organisation\r\nP-1,Biosafety training,UNEP\r\n", StandardCharsets.UTF_8);
		Files.writeString(publisher.resolve("c-broken.xml"), "not XML at all", StandardCharsets.UTF_8);
		Files.writeString(publisher.resolve("notes.docx"), "not read", StandardCharsets.UTF_8);
		Files.createSymbolicLink(publisher.resolve("d-link.xml"), publisher.resolve("a-activities.xml"));

		List<FolderImports.Outcome> outcomes = folders.read(" unep 2026 ", "en", secretariat, Locale.ENGLISH);

		assertThat(outcomes).extracting(FolderImports.Outcome::file)
			.as("the files to import, by name; no link, no other kind")
			.containsExactly("a-activities.xml", "b-portfolio.csv", "c-broken.xml");
		assertThat(imports.get(outcomes.get(0).id(), secretariat).summary().activities()).isEqualTo(4);
		assertThat(imports.get(outcomes.get(1).id(), secretariat).format()).isEqualTo("CSV");
		assertThat(outcomes.get(2).id()).isNull();
		assertThat(outcomes.get(2).refusal()).startsWith("The file cannot be read as IATI XML");
	}

	@Test
	void a_folder_outside_the_import_folder_an_empty_one_and_strangers_are_refused() throws IOException {
		Path outside = Files.createTempDirectory("outside");
		Files.writeString(outside.resolve("secret.xml"), "<iati-activities/>");
		Files.createSymbolicLink(folders.root().resolve("escape"), outside);

		for (String folder : List.of("..", "../..", "unep 2026/../..", outside.toString(), "/etc", "escape",
				"nul\u0000here")) {
			assertThatThrownBy(() -> folders.read(folder, "en", secretariat, Locale.ENGLISH)).as(folder)
				.isInstanceOfSatisfying(InvalidRequestException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("exchange.folder.outside"));
		}
		assertThatThrownBy(() -> folders.read("no such folder", "en", secretariat, Locale.ENGLISH))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("exchange.folder.unreadable"));
		assertThatThrownBy(() -> folders.read("unep 2026", "en", secretariat, Locale.ENGLISH)).isInstanceOfSatisfying(
				InvalidRequestException.class, ex -> assertThat(ex.messageKey()).isEqualTo("exchange.folder.empty"));
		assertThatThrownBy(() -> folders.read("", "en", focalPoint, Locale.ENGLISH))
			.isInstanceOf(ForbiddenException.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM exchange_import").query(Long.class).single()).isZero();
		FileSystemUtils.deleteRecursively(outside);
	}

}
