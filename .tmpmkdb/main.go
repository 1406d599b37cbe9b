package main

import (
	"os"
	"time"

	"regionplan/examples"
	"regionplan/storage"
)

func main() {
	s, err := storage.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer s.Close()
	if err := s.Create(examples.Large(time.Now())); err != nil {
		panic(err)
	}
}
