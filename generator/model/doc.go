// Package model is the workbook as loaded: the edition, its pages, the
// priorities and their project cards with their texts and links, the
// ticket rules and the count of participants. A card's id and whether
// tickets may name a priority are defined here, once. The content
// package builds it; nothing changes it after loading.
package model
