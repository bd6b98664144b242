package diagnose

// otherEntries holds the providers other than Microsoft and Google.
var otherEntries = []Remediation{}
