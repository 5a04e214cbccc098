package org.cbcm.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a download (a CSV, a workbook, an IATI file) to the response so that a failure
 * never looks like a success: before the first byte has gone out the answer becomes the
 * error page or problem; after it, the failure goes on to the server, which then breaks
 * the connection off instead of ending the transfer, so that the reader's browser or
 * script reports the download as failed.
 */
public final class StreamedDownload {

	private StreamedDownload() {
	}

	/** What writes a download to the response. */
	@FunctionalInterface
	public interface Body {

		void write() throws IOException;

	}

	/** Writes the body, resetting the response if it fails before anything went out. */
	public static void write(HttpServletResponse response, Body body) throws IOException {
		try {
			body.write();
		}
		catch (IOException | RuntimeException ex) {
			if (!response.isCommitted()) {
				response.reset();
			}
			throw ex;
		}
	}

}
