package io.svmi.web;

/** A council or other body that assesses itself. */
record Organisation(long id, String name) {}
