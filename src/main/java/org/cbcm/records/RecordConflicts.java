package org.cbcm.records;

import java.util.function.Supplier;

import org.cbcm.shared.IfMatch;
import org.cbcm.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API's answer to a save or a step based on a version another change overtook: 409
 * (412 when the client named its version by {@code If-Match}), with the version given,
 * the current one, and the record as it now is, so that the client can merge and retry.
 */
public final class RecordConflicts {

	private RecordConflicts() {
	}

	/**
	 * The version a save or a step through the API is based on (the one the client read):
	 * {@code If-Match}'s, else the body's; 428 when neither is given ({@link IfMatch}).
	 */
	public static int basedOn(@Nullable Integer version) {
		return IfMatch.basedOn(version);
	}

	/**
	 * A save or a step through the API: the record as it now is, or 409 with it when
	 * somebody changed it meanwhile.
	 * @param change the save or the step
	 * @param current the record as the API shows it, read after the change
	 */
	public static ResponseEntity<?> answer(Runnable change, Supplier<?> current, MessageSource messages) {
		try {
			change.run();
		}
		catch (StaleVersionException ex) {
			return problem(ex, current.get(), messages);
		}
		return ResponseEntity.ok(current.get());
	}

	public static ResponseEntity<ProblemDetail> problem(StaleVersionException ex, Object current,
			MessageSource messages) {
		HttpStatus status = IfMatch.staleStatus();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage("record.stale",
				new Object[] { ex.expectedVersion(), ex.currentVersion() }, LocaleContextHolder.getLocale()));
		problem
			.setTitle(messages.getMessage("error." + status.value() + ".title", null, LocaleContextHolder.getLocale()));
		problem.setProperty("expectedVersion", ex.expectedVersion());
		problem.setProperty("currentVersion", ex.currentVersion());
		problem.setProperty("current", current);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
