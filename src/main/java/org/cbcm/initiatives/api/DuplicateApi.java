package org.cbcm.initiatives.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.initiatives.DuplicatePairId;
import org.cbcm.initiatives.DuplicateRecords.Pair;
import org.cbcm.initiatives.DuplicateRecords.Reason;
import org.cbcm.initiatives.DuplicateRecords.Side;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeMergeId;
import org.cbcm.initiatives.internal.DuplicateQueue;
import org.cbcm.initiatives.internal.DuplicateQueue.Merge;
import org.cbcm.records.RecordStatus;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Secretariat's queue of initiatives registered twice through the API: the open
 * pairs, merging one record into the other, marking a pair distinct, undoing a merge.
 */
@RestController
@Tag(name = "Duplicate initiatives",
		description = "Initiatives registered twice, for the Secretariat to merge or tell apart")
class DuplicateApi {

	private final DuplicateQueue queue;

	private final CurrentViewer viewers;

	DuplicateApi(DuplicateQueue queue, CurrentViewer viewers) {
		this.queue = queue;
		this.viewers = viewers;
	}

	/**
	 * A merge asked for: which record survives, and the versions of the pair's first and
	 * second record as read.
	 */
	record MergeRequest(@Nullable String survivor, @Nullable Integer firstVersion, @Nullable Integer secondVersion) {
	}

	/** A merge as recorded. */
	record MergeResource(String id, String pair, String survivor, String survivorTitle, String merged,
			String mergedTitle, RecordStatus statusBefore, Instant mergedAt, String mergedBy,
			@Nullable Instant undoneAt) {

		static MergeResource of(Merge merge) {
			return new MergeResource(merge.id().toString(), merge.pair().toString(), merge.survivor().toString(),
					merge.survivorTitle(), merge.merged().toString(), merge.mergedTitle(), merge.statusBefore(),
					merge.mergedAt(), merge.mergedByName(), merge.undoneAt());
		}

	}

	/** A candidate pair, likely one initiative registered twice. */
	record PairResource(String id, int score, List<Reason> reasons, SideResource first, SideResource second,
			Instant foundAt) {

		static PairResource of(Pair pair) {
			return new PairResource(pair.id().toString(), pair.score(), pair.reasons(), SideResource.of(pair.first()),
					SideResource.of(pair.second()), pair.foundAt());
		}

	}

	/** One record of a pair, with the version a merge must be based on. */
	record SideResource(String id, String title, int version, List<String> organisations, List<String> countries,
			@Nullable LocalDate start, @Nullable LocalDate end, @Nullable BigDecimal budget,
			@Nullable String currency) {

		static SideResource of(Side side) {
			return new SideResource(side.id().toString(), side.title(), side.version(),
					side.organisations().stream().map(Object::toString).toList(),
					side.countries().stream().map(CountryCode::value).toList(), side.start(), side.end(), side.budget(),
					side.currency());
		}

	}

	@GetMapping(path = "/api/v1/initiatives/duplicates", produces = "application/json")
	@Operation(summary = "Open pairs of initiatives likely registered twice, likeliest first (Secretariat)")
	ResultPage<PairResource> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return queue.open(new Paging(page, size)).map(PairResource::of);
	}

	@PostMapping(path = "/api/v1/initiatives/duplicates/{pair}/merge", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Merges a pair: the survivor stays, the other is archived as merged into it (Secretariat)")
	ResponseEntity<MergeResource> merge(@PathVariable DuplicatePairId pair, @RequestBody MergeRequest request) {
		InitiativeId survivor = null;
		if (request.survivor() != null) {
			if (!InitiativeId.isValid(request.survivor())) {
				throw new InvalidRequestException("survivor", "initiative.duplicate.survivor.invalid",
						request.survivor());
			}
			survivor = InitiativeId.of(request.survivor());
		}
		InitiativeMergeId id = queue.merge(pair, survivor, request.firstVersion(), request.secondVersion(),
				viewers.get());
		return ResponseEntity.created(URI.create("/api/v1/initiative-merges/" + id)).body(merge(id));
	}

	@PostMapping(path = "/api/v1/initiatives/duplicates/{pair}/distinct", produces = "application/json")
	@Operation(summary = "Marks a pair as two different initiatives, never proposed again (Secretariat)")
	ResponseEntity<Void> distinct(@PathVariable DuplicatePairId pair) {
		queue.distinct(pair, viewers.get());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/api/v1/initiative-merges/{merge}/undo", produces = "application/json")
	@Operation(summary = "Undoes a merge: the archived record is published again and the pair open (Secretariat)")
	MergeResource undo(@PathVariable InitiativeMergeId merge) {
		queue.undo(merge, viewers.get());
		return merge(merge);
	}

	private MergeResource merge(InitiativeMergeId id) {
		return MergeResource
			.of(queue.find(id).orElseThrow(() -> new NotFoundException("initiative.merge.not-found", id)));
	}

}
