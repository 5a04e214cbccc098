package org.cbcm.shared;

/**
 * A change was based on a version of the record that is no longer the current one:
 * somebody else saved it in the meantime. Nothing was saved; the API answers 409 with the
 * current version, the page shows what the other person changed and keeps what the user
 * typed.
 */
public class StaleVersionException extends RuntimeException {

	private final String record;

	private final int expectedVersion;

	private final int currentVersion;

	/**
	 * @param record the record, as its kind and identifier ({@code country-profile/KEN})
	 * @param expectedVersion the version the change was based on
	 * @param currentVersion the version that is current
	 */
	public StaleVersionException(String record, int expectedVersion, int currentVersion) {
		super("%s was changed: version %d was expected, version %d is current".formatted(record, expectedVersion,
				currentVersion));
		this.record = record;
		this.expectedVersion = expectedVersion;
		this.currentVersion = currentVersion;
	}

	public String record() {
		return record;
	}

	public int expectedVersion() {
		return expectedVersion;
	}

	public int currentVersion() {
		return currentVersion;
	}

}
