package org.cbcm.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a reference data file (countries, organisations, Action Plan versions) into the
 * database when, and only when, its content differs from what was imported before.
 * Several application nodes may start at once: the first takes a row lock on the file's
 * name, the others wait for it and then find nothing left to do.
 */
@Component
public class ReferenceDataImports {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataImports.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	public ReferenceDataImports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What a reference data file holds: its name for the records, and its bytes. */
	public record DataFile(String name, byte[] content) {

		public DataFile {
			content = content.clone();
		}

		public static DataFile of(String name, String content) {
			return new DataFile(name, content.getBytes(StandardCharsets.UTF_8));
		}

		public String text() {
			return new String(content, StandardCharsets.UTF_8);
		}

	}

	/**
	 * Runs the import when the set of files differs from the set imported last time under
	 * the same name, in one transaction with the record of the import.
	 * @param name the name under which the import is recorded, such as {@code countries}
	 * @param files the files the import reads
	 * @param importer the import itself
	 * @return whether the import ran
	 */
	@Transactional
	public boolean importIfChanged(String name, List<DataFile> files, Runnable importer) {
		String checksum = checksum(files);
		jdbc.sql("""
				INSERT INTO reference_data_import (name, checksum, imported_at) VALUES (:name, '', :now)
				ON CONFLICT DO NOTHING""").param("name", name).param("now", now()).update();
		String previous = jdbc.sql("SELECT checksum FROM reference_data_import WHERE name = :name FOR UPDATE")
			.param("name", name)
			.query(String.class)
			.single();
		if (previous.equals(checksum)) {
			return false;
		}
		importer.run();
		jdbc.sql("UPDATE reference_data_import SET checksum = :checksum, imported_at = :now WHERE name = :name")
			.param("checksum", checksum)
			.param("now", now())
			.param("name", name)
			.update();
		log.info("Imported reference data '{}' from {}", name, files.stream().map(DataFile::name).toList());
		return true;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private static String checksum(List<DataFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (DataFile file : files) {
				digest.update(file.name().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.content());
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
