package main

import "github.com/mailcheck-go/mailcheck/internal/nodns"

// Tests never query real DNS: one that would gets an error naming the
// query instead of an answer from the network.
func init() { nodns.Install() }
