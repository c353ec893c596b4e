// Package ical writes the calendar file of the day (RFC 5545): the event
// with its times on the Dutch clock, its place and its programme.
package ical
