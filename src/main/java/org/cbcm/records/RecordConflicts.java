package org.cbcm.records;

import org.cbcm.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API's answer to a save or a step based on a version another change overtook: 409,
 * with the version given, the current one, and the record as it now is, so that the
 * client can merge and retry.
 */
public final class RecordConflicts {

	private RecordConflicts() {
	}

	public static ResponseEntity<ProblemDetail> problem(StaleVersionException ex, Object current,
			MessageSource messages) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("record.stale", new Object[] { ex.expectedVersion(), ex.currentVersion() },
						LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.409.title", null, LocaleContextHolder.getLocale()));
		problem.setProperty("expectedVersion", ex.expectedVersion());
		problem.setProperty("currentVersion", ex.currentVersion());
		problem.setProperty("current", current);
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
