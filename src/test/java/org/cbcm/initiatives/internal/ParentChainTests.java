package org.cbcm.initiatives.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.cbcm.initiatives.InitiativeId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme cycle check: a record may not become a programme's ancestor, directly or
 * through any chain of parents. Plain: no application, no database.
 */
class ParentChainTests {

	final Map<InitiativeId, InitiativeId> parents = new HashMap<>();

	@Test
	void a_chain_that_never_meets_the_record_is_fine() {
		InitiativeId record = id();
		InitiativeId a = id();
		InitiativeId b = id();
		parents.put(a, b);
		assertThat(ParentChain.reaches(a, record, parents::get)).isFalse();
		assertThat(ParentChain.reaches(null, record, parents::get)).as("a parent without parent").isFalse();
	}

	@Test
	void a_record_found_up_the_chain_would_close_a_cycle() {
		InitiativeId record = id();
		InitiativeId a = id();
		InitiativeId b = id();
		InitiativeId c = id();
		parents.put(a, b);
		parents.put(b, c);
		parents.put(c, record);
		assertThat(ParentChain.reaches(record, record, parents::get)).as("the parent's parent is the record").isTrue();
		assertThat(ParentChain.reaches(a, record, parents::get)).as("four steps up").isTrue();
	}

	@Test
	void a_new_record_closes_no_cycle() {
		InitiativeId a = id();
		parents.put(a, id());
		assertThat(ParentChain.reaches(a, null, parents::get)).isFalse();
	}

	@Test
	void an_existing_cycle_above_is_walked_no_further_than_the_limit() {
		InitiativeId a = id();
		InitiativeId b = id();
		parents.put(a, b);
		parents.put(b, a);
		int[] steps = { 0 };
		assertThat(ParentChain.reaches(a, id(), above -> {
			steps[0]++;
			return parents.get(above);
		})).isFalse();
		assertThat(steps[0]).isEqualTo(ParentChain.MAX_DEPTH);
	}

	@Test
	void the_record_is_seen_at_the_last_step_the_walk_takes_and_not_beyond() {
		InitiativeId record = id();
		InitiativeId[] chain = new InitiativeId[ParentChain.MAX_DEPTH + 1];
		for (int i = 0; i < chain.length; i++) {
			chain[i] = id();
		}
		for (int i = 0; i + 1 < chain.length; i++) {
			parents.put(chain[i], chain[i + 1]);
		}
		parents.put(chain[ParentChain.MAX_DEPTH - 2], record);
		assertThat(ParentChain.reaches(chain[0], record, parents::get)).isTrue();
		parents.put(chain[ParentChain.MAX_DEPTH - 2], chain[ParentChain.MAX_DEPTH - 1]);
		parents.put(chain[ParentChain.MAX_DEPTH - 1], record);
		assertThat(ParentChain.reaches(chain[0], record, parents::get)).isFalse();
	}

	static InitiativeId id() {
		return new InitiativeId(UUID.randomUUID());
	}

}
