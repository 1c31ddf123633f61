package io.svmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What the application needs of its database, run against H2 ({@link H2DatabaseTest}) and a real
 * PostgreSQL 15 ({@link PostgresDatabaseTest}) through the same migrations.
 */
abstract class DatabaseContract {
  abstract Database db();

  Accounts accounts() {
    return new Accounts(db(), new Passwords(4));
  }

  ModelCatalog.Entry svmi() throws Exception {
    return ModelCatalog.load(Optional.empty(), Optional.empty()).offered().get(0);
  }

  /** A new organisation's account with this role, checked by its password as a sign-in does. */
  Account account(Accounts accounts, String organisation, Role role) {
    long org = accounts.createOrganisation(organisation + " " + System.nanoTime());
    accounts.createAccount("user" + org, TestServer.PASSWORD, role, Optional.of(org));
    return accounts.check("user" + org, TestServer.PASSWORD).orElseThrow();
  }

  @Test
  void organisationsAccountsAndSessions_roundTrip() {
    Accounts accounts = accounts();
    Account account = account(accounts, "Sandwell", Role.VIEWER);
    assertEquals(Role.VIEWER, account.role());
    assertTrue(account.organisationId().isPresent());
    assertTrue(accounts.check(account.username(), "not the password").isEmpty());
    Accounts.NewSession session = accounts.startSession(account);
    assertEquals(account, accounts.session(session.token()).orElseThrow().account());
    accounts.endSession(session.token());
    assertTrue(accounts.session(session.token()).isEmpty());
  }

  @Test
  void aDraft_roundTrips_withNotesInAnyScript_andASubmittedOneNoLongerChanges() throws Exception {
    Account officer = account(accounts(), "Dudley", Role.ASSESSOR);
    long org = officer.organisationId().orElseThrow();
    Assessments assessments = new Assessments(db());
    long id = assessments.create(org, officer, svmi(), "2026 – «draft»", Draft.EMPTY, "create");
    Draft draft = new Draft(Map.of("A1", "works", "B1", "lead"), Map.of("A1", "Board minutes ✓ 東京 'quoted' \"double\""),
        Map.of("A", "leader"), Optional.of("mature"));
    assertEquals(2, assessments.save(id, officer, draft, false).revision());
    Assessments.Stored stored = assessments.load(id).orElseThrow();
    assertEquals(draft, stored.draft());
    assertEquals("2026 – «draft»", stored.summary().title());
    assertEquals(svmi().sha256(), stored.summary().modelSha256());
    assertEquals(svmi().source(), stored.modelSource());
    assertEquals(3, assessments.save(id, officer, draft, true).revision());
    assertEquals(Optional.of(Assessments.Refusal.SUBMITTED), assessments.save(id, officer, Draft.EMPTY, false).refusal());
    assertEquals(draft, assessments.load(id).orElseThrow().draft());
  }

  @Test
  void concurrentSavesOfOneAssessment_eachGetTheirOwnRevision_andEachIsLogged() throws Exception {
    Account officer = account(accounts(), "Wolverhampton", Role.ASSESSOR);
    long org = officer.organisationId().orElseThrow();
    Assessments assessments = new Assessments(db());
    long id = assessments.create(org, officer, svmi(), "Concurrent", Draft.EMPTY, "create");
    long before = assessments.saveCount();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Integer>> revisions = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Map<String, String> notes = new HashMap<>();
      notes.put("A1", "save " + i);
      Draft d = new Draft(Map.of(), notes, Map.of(), Optional.empty());
      revisions.add(pool.submit(() -> assessments.save(id, officer, d, false).revision()));
    }
    List<Integer> got = new ArrayList<>();
    for (Future<Integer> f : revisions) {
      got.add(f.get());
    }
    pool.shutdown();
    assertEquals(60, got.stream().distinct().count(), "every save has its own revision");
    assertEquals(before + 60, assessments.saveCount(), "every acknowledged save is a row of the log");
    assertEquals(61, assessments.summary(id).orElseThrow().revision());
  }
}
