def log = new File(basedir, 'build.log').text

def expected = [
    "data/mask.png: error [privacy.person-name] PNG tEXt 'PatientName': PatientName holds 'A********n'",
    "data/mask.png: error [privacy.identifying-attribute] PNG tEXt 'PatientID': PatientID holds 'P******1'",
    "data/photo.jpg: error [privacy.person-name] JPEG EXIF ImageDescription holds a name after 'Patient:'",
    "data/photo.jpg: error [privacy.person-name] JPEG comment holds a person name in the DICOM form",
    "data/slide.tif: error [privacy.person-name] TIFF Artist: Artist holds 'J********g'",
    "data/brain.nii: error [privacy.person-name] NIfTI descrip holds a person name in the DICOM form",
    "data/labels.csv:1:6: error [privacy.identifying-column] the column 'Patient Name'",
    "data/labels.csv:2:19: error [privacy.personal-identity-number] line 2, column 3 ('note') holds",
    "data/clinical.xlsx:2:2: error [privacy.personal-identity-number] sheet 'Clinical', line 2, column 2 ('ref')",
    "data/docs/codebook.docx: error [privacy.person-name] document, paragraph 2 holds a name after 'Patient:'",
    "data/docs/protocol.pdf: error [privacy.personal-identity-number] page 1, line 1 holds",
]
expected.each { assert log.contains('[ERROR] ' + it) : "missing: " + it }
assert !log.contains("'Software'") : 'a software name stays quiet'
assert !log.contains('README.md') : 'neither Spanish nor a maintainer contact is a finding in a readme'
assert !log.contains('Andersson') && !log.contains('19811218-9876') : 'no value is printed'
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') : 'no stack trace'
return true
