package org.cbcm.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads the files of a folder on the server into imports, one import per file: for the
 * Secretariat, who places a publisher's many files (or a spreadsheet per donor) in the
 * server's import folder ({@code cbcm.exchange.folder}, by default {@code imports} in the
 * data directory) rather than uploading them one by one. Only that folder and its
 * sub-folders are read: a path that leaves it (by {@code ..}, an absolute path or a
 * symbolic link) is refused. Each file is read as an upload is, each in its own
 * transaction, so that a file that cannot be read is reported and the others go on.
 */
@Service
public class FolderImports {

	/** The most files one reading of a folder takes. */
	public static final int MAX_FILES = 100;

	private final IatiImports imports;

	private final Path root;

	private final MessageSource messages;

	FolderImports(IatiImports imports, @Value("${cbcm.exchange.folder:${cbcm.data-dir}/imports}") String root,
			MessageSource messages) {
		this.imports = imports;
		this.root = Path.of(root).toAbsolutePath().normalize();
		this.messages = messages;
	}

	/** The server's import folder, which the page names. */
	public Path root() {
		return root;
	}

	/**
	 * What reading one file gave: the import, or why the file was refused.
	 */
	public record Outcome(String file, @Nullable UUID id, @Nullable String refusal) {
	}

	/**
	 * Reads every IATI, CSV and XLSX file of a folder (not its sub-folders), by name.
	 * @param folder the folder, relative to the import folder; blank for the import
	 * folder itself
	 * @throws InvalidRequestException when the folder leaves the import folder, is none,
	 * holds no file to import, or more than {@link #MAX_FILES}
	 */
	public List<Outcome> read(@Nullable String folder, @Nullable String language, Viewer by, Locale locale) {
		IatiImports.secretariat(by);
		Path directory = folder(folder);
		List<Path> files;
		try (Stream<Path> listed = Files.list(directory)) {
			files = listed.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.filter(FolderImports::importable)
				.sorted()
				.limit(MAX_FILES + 1)
				.toList();
		}
		catch (IOException ex) {
			throw new InvalidRequestException("folder", "exchange.folder.unreadable", shown(folder));
		}
		if (files.isEmpty()) {
			throw new InvalidRequestException("folder", "exchange.folder.empty", shown(folder));
		}
		if (files.size() > MAX_FILES) {
			throw new InvalidRequestException("folder", "exchange.folder.too-many", MAX_FILES);
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			try {
				if (Files.size(file) > IatiImports.MAX_FILE) {
					throw new InvalidRequestException("file", "exchange.file.too-large",
							IatiImports.MAX_FILE / (1024 * 1024));
				}
				try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
					outcomes.add(new Outcome(name, imports.upload(name, in, language, null, by), null));
				}
			}
			catch (InvalidRequestException ex) {
				outcomes.add(new Outcome(name, null,
						messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale)));
			}
			catch (IOException ex) {
				outcomes.add(new Outcome(name, null, messages.getMessage("exchange.file.unreadable",
						new Object[] { ex.getMessage() }, "exchange.file.unreadable", locale)));
			}
		}
		return outcomes;
	}

	/** The folder asked for, if it lies within the import folder. */
	private Path folder(@Nullable String folder) {
		String asked = (folder == null) ? "" : folder.strip();
		if (asked.length() > 300 || asked.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRequestException("folder", "exchange.folder.outside", shown(folder));
		}
		Path real;
		Path top;
		try {
			Files.createDirectories(root);
			top = root.toRealPath();
			Path directory = root.resolve(asked).normalize();
			if (!directory.startsWith(root)) {
				throw new InvalidRequestException("folder", "exchange.folder.outside", shown(folder));
			}
			real = directory.toRealPath();
		}
		catch (IOException | java.nio.file.InvalidPathException ex) {
			throw new InvalidRequestException("folder", "exchange.folder.unreadable", shown(folder));
		}
		if (!real.startsWith(top)) {
			throw new InvalidRequestException("folder", "exchange.folder.outside", shown(folder));
		}
		if (!Files.isDirectory(real)) {
			throw new InvalidRequestException("folder", "exchange.folder.unreadable", shown(folder));
		}
		return real;
	}

	private static boolean importable(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return !name.startsWith(".")
				&& (name.endsWith(".xml") || name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".xlsx"));
	}

	private static String shown(@Nullable String folder) {
		String text = (folder == null) ? "" : folder.replaceAll("\\p{Cntrl}", "").strip();
		return (text.length() > 60) ? text.substring(0, 59) + "…" : text;
	}

}
