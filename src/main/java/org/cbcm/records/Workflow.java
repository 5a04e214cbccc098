package org.cbcm.records;

import java.util.Arrays;

import org.cbcm.shared.ConflictException;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the record workflow, as named policies. Each returns a decision; a refusal
 * says why with a message key and its values, for the page or the problem that reports
 * it.
 */
public final class Workflow {

	private Workflow() {
	}

	/** Whether something may be done, and if not, why. */
	public record Decision(boolean allowed, @Nullable Refusal refusal, Object[] arguments) {

		static final Decision ALLOWED = new Decision(true, null, new Object[0]);

		static Decision refused(Refusal refusal, Object... arguments) {
			return new Decision(false, refusal, arguments);
		}

		/**
		 * Goes on when allowed; otherwise refuses: 409 for the record's state, 403 for
		 * the person.
		 */
		public void require() {
			if (refusal == null) {
				return;
			}
			if (refusal.conflict()) {
				throw new ConflictException(refusal.messageKey(), arguments);
			}
			throw new ForbiddenException(refusal.messageKey(), arguments);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Decision decision && decision.allowed == allowed
					&& java.util.Objects.equals(decision.refusal, refusal)
					&& Arrays.equals(decision.arguments, arguments);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(allowed, refusal, Arrays.hashCode(arguments));
		}

		@Override
		public String toString() {
			return allowed ? "allowed" : refusal + Arrays.toString(arguments);
		}

	}

	/**
	 * {@code editorsMustActInTheRecordsScope}, {@code archivedRecordsAreNotEdited}: the
	 * Secretariat, or an editor role within the record's scope, may write a record that
	 * is not archived.
	 */
	public static Decision mayEdit(RecordKind kind, RecordScope scope, RecordStatus status, Viewer viewer) {
		if (!viewer.isSecretariat() && kind.editors().stream().noneMatch(role -> scope.heldBy(viewer, role))) {
			return Decision.refused(Refusal.NOT_YOURS, scope.toString());
		}
		if (status == RecordStatus.ARCHIVED) {
			return Decision.refused(Refusal.ARCHIVED);
		}
		return Decision.ALLOWED;
	}

	/**
	 * {@code transitionMustStartFromItsStatus}, {@code onlyTheKindsRolesMoveARecord}: a
	 * transition starts from the statuses it names, and is made by the Secretariat or by
	 * a role the record's kind allows for it, within the record's scope.
	 */
	public static Decision mayMove(RecordKind kind, RecordScope scope, RecordStatus status, Transition transition,
			Viewer viewer) {
		boolean allowedRole = viewer.isSecretariat()
				|| kind.allowedFor(transition).stream().anyMatch(role -> scope.heldBy(viewer, role));
		if (!allowedRole) {
			return Decision.refused(Refusal.NOT_ALLOWED, transition, roles(kind, transition));
		}
		if (!transition.startsFrom(status)) {
			return Decision.refused(Refusal.WRONG_STATUS, transition, status);
		}
		return Decision.ALLOWED;
	}

	/**
	 * {@code onlyPublishedRecordsArePublic}: others are for their owners and the
	 * Secretariat.
	 */
	public static boolean mayRead(RecordScope scope, RecordStatus status, Viewer viewer) {
		return status == RecordStatus.PUBLISHED || scope.ownedBy(viewer);
	}

	private static String roles(RecordKind kind, Transition transition) {
		return String.join(", ",
				kind.allowedFor(transition).stream().map(Role::name).sorted().toList().toArray(new String[0]));
	}

}
