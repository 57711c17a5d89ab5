import Testing

@testable import DatelineKit

@Suite struct TimeMLDocumentTests {
  let source = """
    <?xml version="1.0" ?>
    <TimeML>
    <DOCID>wire_0001</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-10" temporalFunction="false" functionInDocument="CREATION_TIME">20220110</TIMEX3></DCT>
    <TEXT>
    Rebels <EVENT eid="e1" class="OCCURRENCE">seized</EVENT> the port on <TIMEX3 tid="t1" type="DATE" value="2022-01-07">Friday</TIMEX3> &amp; held it for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
    </TEXT>
    <TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
    </TimeML>
    """

  @Test func readsTextDCTAndTimexes() throws {
    let document = try TimeMLDocument(parsing: source, input: "wire_0001.tml")
    #expect(document.creationTime == CalendarDate(year: 2022, month: 1, day: 10))
    #expect(document.text == "\nRebels seized the port on Friday & held it for three days.\n")
    #expect(document.times.map(\.text) == ["Friday", "three days"])
    #expect(document.times.map(\.value) == ["2022-01-07", "P3D"])
    #expect(document.times[1].type == .duration)
  }

  @Test func roundTripWithOurTags() throws {
    let document = try TimeMLDocument(parsing: source, input: "wire_0001.tml")
    let times = TimeTagger().tag(document.text, dct: document.creationTime)
    let written = document.written(with: times)
    #expect(written.contains("<DCT><TIMEX3 tid=\"t0\""))
    #expect(!written.contains("<EVENT"))
    #expect(!written.contains("TLINK"))
    #expect(written.contains("&amp;"))
    let reread = try TimeMLDocument(parsing: written, input: "system.tml")
    #expect(reread.text == document.text)
    #expect(reread.creationTime == document.creationTime)
    #expect(reread.times.map(\.text) == ["Friday", "three days"])
    #expect(reread.times.map(\.value) == ["2022-01-07", "P3D"])
  }

  @Test func malformedDocumentIsAnInputError() {
    #expect(throws: InputError.self) {
      try TimeMLDocument(parsing: "<TimeML>no text</TimeML>", input: "bad.tml")
    }
    #expect(throws: InputError.self) {
      try TimeMLDocument(parsing: "<TEXT>a <TIMEX3 </TEXT>", input: "bad.tml")
    }
  }
}
